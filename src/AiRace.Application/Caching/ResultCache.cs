using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AiRace.Core;
using AiRace.Store;

namespace AiRace.Application.Caching;

/// <summary>
/// The cache of derived results (trends, gaps, months behind, forecasts, back-tests), in three layers:
/// <list type="number">
/// <item>in process (<see cref="ResultMemory"/>): the object itself, for the rest of the command or the web server's life;</item>
/// <item>in the store (<c>derived_results</c>): the result as JSON, keyed by kind, key, as-of date, the store's
/// <see cref="AiRaceStore.ContentKey"/> (it changes with every import, update and rebuild) and <see cref="FormatVersion"/>
/// (it changes with the code); <c>import</c>, <c>update</c> and <c>rebuild</c> write the default results
/// (<see cref="CacheWarmup"/>) into their staging copy before publishing it;</item>
/// <item>write-back: a read command's misses are written by <see cref="Flush"/> through a cache-only writer, only when the
/// writer lock is free at once; otherwise they are dropped. A read never waits and never fails because of the cache.</item>
/// </list>
/// A hit returns exactly what the computation returns: numbers keep every bit (see <see cref="CacheJson"/>). Setting the
/// environment variable <c>AIRACE_CACHE=off</c> turns every layer off (each result is computed).
/// </summary>
public sealed class ResultCache
{
    /// <summary>The environment variable that turns the cache off when it is <c>off</c>.</summary>
    public const string EnvironmentVariable = "AIRACE_CACHE";

    private readonly AiRaceStore _store;
    private readonly ResultMemory _memory;
    private readonly string _overrides;
    private readonly List<CachedEntry> _pending = [];
    private string? _contentKey;

    /// <param name="store">The store whose content keys the results.</param>
    /// <param name="attributionOverrides">The session's <c>--attribution</c> file (its bytes are part of every key), or null.</param>
    /// <param name="memory">The in-process layer to share; null for one of this cache's own.</param>
    public ResultCache(AiRaceStore store, string? attributionOverrides = null, ResultMemory? memory = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _memory = memory ?? new ResultMemory();
        _overrides = Fingerprint(attributionOverrides);
    }

    /// <summary>True when <c>AIRACE_CACHE=off</c>.</summary>
    public static bool DisabledByEnvironment =>
        string.Equals(Environment.GetEnvironmentVariable(EnvironmentVariable), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The code's part of every key: a payload version and the module version ids of the assemblies that compute results
    /// (they change with every change of code and only then, builds being deterministic).
    /// </summary>
    public static string FormatVersion { get; } = "1:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(
        ",",
        new[] { typeof(ResultCache), typeof(AiRaceException), typeof(AiRaceStore), typeof(Sources.Attribution.AttributionPolicy) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId)))))[..16];

    /// <summary>
    /// Whether <see cref="Flush"/> writes a read-only session's misses back into the store (default true). A front end that
    /// must never write the store (the web server) sets it to false and keeps its results in a shared <see cref="ResultMemory"/>.
    /// </summary>
    public bool WriteBack { get; init; } = true;

    /// <summary>Results found in memory or in the store.</summary>
    public int Hits { get; private set; }

    /// <summary>Results computed.</summary>
    public int Misses { get; private set; }

    /// <summary>Keys longer than this are stored as their SHA-256.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>The key of a query: its JSON (every parameter of the record), or the SHA-256 of a JSON longer than <see cref="MaxKeyLength"/>.</summary>
    public static string KeyOf(object query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var json = JsonSerializer.Serialize(query, query.GetType(), CacheJson.Options);
        return json.Length <= MaxKeyLength ? json : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>
    /// The result of (<paramref name="kind"/>, <paramref name="key"/>, <paramref name="asOf"/>) from memory or the store, else
    /// <paramref name="compute"/>d and kept (a computation that throws keeps nothing).
    /// </summary>
    public T GetOrCompute<T>(string kind, string key, DateOnly? asOf, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (DisabledByEnvironment)
        {
            Misses++;
            return compute();
        }

        var fullKey = key + "|attribution:" + _overrides;
        var content = ContentKey();
        var id = string.Join('\u001f', kind, fullKey, asOf?.ToString("O") ?? "latest", content, FormatVersion);
        if (_memory.TryGet<T>(id, out var remembered))
        {
            Hits++;
            return remembered;
        }

        if (Read<T>(kind, fullKey, asOf, content) is { } stored)
        {
            Hits++;
            _memory.Put(id, stored);
            return stored;
        }

        Misses++;
        var value = compute();
        _memory.Put(id, value);
        Keep(new CachedEntry(kind, fullKey, asOf, JsonSerializer.Serialize(value, CacheJson.Options)), content);
        return value;
    }

    /// <summary>
    /// Writes the misses of a read-only session into the published store through a cache-only writer, when the writer lock
    /// is free at once and the store still has the content they were computed from; otherwise drops them. Never throws.
    /// </summary>
    public void Flush()
    {
        if (_pending.Count == 0 || !WriteBack || !_store.IsReadOnly || !_store.HasDerivedResults)
        {
            _pending.Clear();
            return;
        }

        var content = _contentKey!;
        try
        {
            using var writer = StoreWriter.TryBeginCacheWrite(_store.Path);
            if (writer is null || writer.Store.ContentKey() != content)
            {
                return;
            }

            foreach (var e in _pending)
            {
                writer.Store.PutDerivedResult(e.Kind, e.Key, e.AsOf, content, FormatVersion, e.Payload);
            }

            writer.Publish();
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or AiRaceException)
        {
            // The cache is an optimisation: a result that cannot be kept is computed again next time.
        }
        finally
        {
            _pending.Clear();
        }
    }

    private string ContentKey() => _store.IsReadOnly ? _contentKey ??= _store.ContentKey() : _contentKey = _store.ContentKey();

    private T? Read<T>(string kind, string key, DateOnly? asOf, string content)
        where T : class
    {
        try
        {
            return _store.DerivedResult(kind, key, asOf, content, FormatVersion) is { } payload
                ? JsonSerializer.Deserialize<T>(payload, CacheJson.Options)
                : null;
        }
        catch (Exception ex) when (ex is DbException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private void Keep(CachedEntry entry, string content)
    {
        if (_store.IsReadOnly)
        {
            _pending.Add(entry);
            return;
        }

        try
        {
            if (_store.HasDerivedResults)
            {
                _store.PutDerivedResult(entry.Kind, entry.Key, entry.AsOf, content, FormatVersion, entry.Payload);
            }
        }
        catch (DbException)
        {
            // Not kept in the store; the memory layer still has it.
        }
    }

    private static string Fingerprint(string? path) =>
        path is null ? "none" : File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16] : "missing:" + path;
}
