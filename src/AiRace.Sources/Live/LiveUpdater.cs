using AiRace.Core;
using AiRace.Sources.Attribution;
using AiRace.Store;
using DuckDB.NET.Data;

namespace AiRace.Sources.Live;

/// <summary>
/// Runs live sources one after the other. Each source is all or nothing: its responses and rows are written in one
/// transaction that commits only when every request succeeded; a failure leaves the store as it was, and the next source
/// still runs. A source whose responses were all 304, or whose content equals an earlier import, writes nothing.
/// </summary>
public sealed class LiveUpdater
{
    private readonly AiRaceStore _store;
    private readonly LiveOptions _options;
    private readonly LiveConfig _config;
    private readonly IUpdateProgress? _progress;

    public LiveUpdater(AiRaceStore store, LiveOptions options, LiveConfig config, IUpdateProgress? progress = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _config = config ?? throw new ArgumentNullException(nameof(config));
        _progress = progress;
    }

    /// <summary>The source names, in the order they run.</summary>
    public static IReadOnlyList<string> SourceNames => LiveSources.All.Select(s => s.Name).ToList();

    /// <summary>Updates the named sources (all when <paramref name="names"/> is empty), one result per source.</summary>
    public async Task<IReadOnlyList<SourceRunResult>> RunAsync(IReadOnlyCollection<string>? names, CancellationToken cancellationToken)
    {
        var sources = Select(names);
        foreach (var name in _options.BaseUrls.Keys.Where(n => LiveSources.Find(n) is null))
        {
            throw new AiRaceException(ErrorKind.Usage, $"--base-url names source '{name}', which does not exist. Sources: {string.Join(", ", SourceNames)}.");
        }

        var results = new List<SourceRunResult>();
        foreach (var source in sources)
        {
            _progress?.Started(source.Name);
            var result = await RunOneAsync(source, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            _progress?.Finished(result);
        }

        return results;
    }

    /// <summary>The base URL a source will use: the option, else its environment variable or config entry, else the public endpoint.</summary>
    internal string BaseUrl(ILiveSource source)
    {
        var url = _options.BaseUrls.TryGetValue(source.Name, out var o) ? o : _config.Get(source.BaseUrlVariable) ?? source.DefaultBaseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new AiRaceException(ErrorKind.Usage, $"The base URL '{UrlRedactor.Redact(url)}' for source '{source.Name}' is not an http(s) URL. Fix --base-url or {source.BaseUrlVariable}.");
        }

        return url.TrimEnd('/');
    }

    private static List<ILiveSource> Select(IReadOnlyCollection<string>? names)
    {
        if (names is null || names.Count == 0 || names.Contains("all", StringComparer.OrdinalIgnoreCase))
        {
            return LiveSources.All.ToList();
        }

        var list = new List<ILiveSource>();
        foreach (var name in names)
        {
            var source = LiveSources.Find(name)
                ?? throw new AiRaceException(ErrorKind.Usage, $"Unknown source '{name}'. Sources: {string.Join(", ", SourceNames)} (or all).");
            if (!list.Contains(source))
            {
                list.Add(source);
            }
        }

        return list.OrderBy(s => LiveSources.All.ToList().IndexOf(s)).ToList();
    }

    private async Task<SourceRunResult> RunOneAsync(ILiveSource source, CancellationToken cancellationToken)
    {
        if (source.RequiredKey is { } key && _config.Get(key) is null)
        {
            return new SourceRunResult(source.Name, SourceRunStatus.Skipped, 0, 0, 0, 0, null, source.EnableHint);
        }

        var baseUrl = BaseUrl(source);
        var retrievedAt = _options.Clock();
        SourceRun? run = null;
        // The documented budgets are the public endpoints'; a mirror or a local server sets its own.
        var limit = string.Equals(baseUrl, source.DefaultBaseUrl, StringComparison.OrdinalIgnoreCase) ? source.RateLimit(_config) : null;
        using var http = LiveHttp.Create(_options, limit, notice => run?.OnRetry(notice));
        using var import = _store.BeginLiveImport(source.Kind, source.Name, retrievedAt, _options.StoreMemoryLimit);
        var deriver = source.CreateDeriver(new DeriveContext(source.Kind, retrievedAt, BundledOrganizations.Table));
        run = new SourceRun(source, baseUrl, _options, _config, http, _store, import, deriver, _progress);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Deadline);
        try
        {
            await source.FetchAsync(run, deadline.Token).ConfigureAwait(false);
            deriver.Complete(import);
            if (run.Requests == 0)
            {
                import.Rollback();
                return Result(SourceRunStatus.Unchanged, run, 0, null, "nothing to fetch (no namespaces or files configured)");
            }

            if (run.NotModified == run.Requests)
            {
                import.Rollback();
                return Result(SourceRunStatus.Unchanged, run, 0, null, $"every response was 304 Not Modified ({run.Requests} request{(run.Requests == 1 ? string.Empty : "s")}); nothing written");
            }

            var outcome = import.Commit(UrlRedactor.Redact(baseUrl), deriver.Attribution, run.CombinedSha, run.Bytes);
            return outcome.AlreadyImported
                ? Result(SourceRunStatus.Unchanged, run, 0, null, $"same content as import {outcome.ImportId}; nothing written")
                : Result(SourceRunStatus.Updated, run, outcome.Rows, outcome.ImportId, null);
        }
        catch (AiRaceException ex)
        {
            return Failed(source, run, ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(source, run, $"did not finish within its deadline of {_options.Deadline.TotalSeconds:0} s.");
        }
        catch (DuckDBException ex)
        {
            return Failed(source, run, $"the store refused its rows ({ex.Message}).");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or IOException or InvalidDataException)
        {
            return Failed(source, run, $"could not be read: {ex.Message}");
        }
        finally
        {
            run.Dispose();
        }
    }

    private SourceRunResult Failed(ILiveSource source, SourceRun run, string message) =>
        Result(SourceRunStatus.Failed, run, 0, null, _config.Redact($"{message} Nothing from this {source.Name} run was written; the previous data stays."));

    private SourceRunResult Result(SourceRunStatus status, SourceRun run, long rows, long? importId, string? message) =>
        new(run.Source.Name, status, run.Requests, run.NotModified, run.Bytes, rows, importId, message is null ? null : _config.Redact(message));
}
