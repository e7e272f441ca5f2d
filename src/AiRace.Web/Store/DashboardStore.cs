using System.Collections.Concurrent;
using AiRace.Application;
using AiRace.Application.Headline;
using AiRace.Core;

namespace AiRace.Web.Store;

/// <summary>
/// The store the dashboard reads: opened read-only, reopened when a newer file is published (checked at most every
/// <see cref="CheckEvery"/>), and every query result cached by the store's identity and the request's full state (path,
/// query string: groups, metric, as-of, language). Queries run one at a time (one DuckDB connection); hits do not wait.
/// </summary>
internal sealed class DashboardStore : IDisposable
{
    /// <summary>How often the store file is checked for a newer one.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(500);

    private const int MaxEntries = 4096;

    private readonly string _path;
    private readonly string? _overrides;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);
    private StoreSession? _session;
    private StoreIdentity _opened;
    private StoreIdentity _seen;
    private long _seenAt;

    public DashboardStore(string path, string? attributionOverrides)
    {
        _path = Path.GetFullPath(path);
        _overrides = attributionOverrides;
    }

    /// <summary>The store file's identity as last seen (the cache key prefix).</summary>
    public StoreIdentity Identity
    {
        get
        {
            var now = Environment.TickCount64;
            if (now - Volatile.Read(ref _seenAt) > CheckEvery.TotalMilliseconds)
            {
                _seen = StoreIdentity.Of(_path);
                Volatile.Write(ref _seenAt, now);
            }

            return _seen;
        }
    }

    /// <summary>The result of <paramref name="query"/> for the request <paramref name="key"/>, from the cache when this store file already answered it.</summary>
    public T Get<T>(string key, Func<StoreSession, T> query)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(query);
        var full = $"{Identity}|{typeof(T).Name}|{key}";
        if (_cache.TryGetValue(full, out var hit))
        {
            return (T)hit;
        }

        lock (_gate)
        {
            if (_cache.TryGetValue(full, out hit))
            {
                return (T)hit;
            }

            var value = query(Session());
            if (_cache.Count >= MaxEntries)
            {
                _cache.Clear();
            }

            _cache[full] = value;
            return value;
        }
    }

    /// <summary>Runs <paramref name="read"/> on the current store without caching (cheap reads such as the known metric ids).</summary>
    public T Read<T>(Func<StoreSession, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            return read(Session());
        }
    }

    /// <summary>Opens the store in the background (and so warms the headline, see <see cref="Warm"/>); a missing store is reported by the first request.</summary>
    public void OpenInBackground() => _ = Task.Run(() =>
    {
        try
        {
            Read(_ => 0);
        }
        catch (AiRaceException)
        {
            // No store yet (or a damaged one): every page says so, with the fix.
        }
    });

    private StoreSession Session()
    {
        var now = StoreIdentity.Of(_path);
        if (_session is not null && now == _opened)
        {
            return _session;
        }

        if (now == default)
        {
            throw new AiRaceException(ErrorKind.Usage, $"There is no store at '{_path}': run `airace import DIR --db {_path}` (or `airace update`) first.");
        }

        _session?.Dispose();
        _session = null;
        _cache.Clear();
        _session = StoreSession.OpenReadOnly(_path, _overrides);
        _opened = now;
        _seen = now;
        var opened = _session;
        _ = Task.Run(() => Warm(opened));
        return _session;
    }

    /// <summary>
    /// Computes the headline (every figure of the home page, the odds' pooled back-test included) on a newly opened store,
    /// in the background, so that the first visitor does not wait for it when the store's own cache has no entry for this
    /// build. Skipped when the store was replaced or closed meanwhile; a failure is left for the page to report.
    /// </summary>
    private void Warm(StoreSession session)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(session, _session))
            {
                return;
            }

            try
            {
                new HeadlineQuery().Run(session);
            }
            catch (Exception ex) when (ex is AiRaceException or InvalidOperationException or ArgumentException or ArithmeticException)
            {
                // The home page runs the same query and says what went wrong.
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _session?.Dispose();
            _session = null;
        }
    }
}
