using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AiRace.Core;
using AiRace.Store;
using Polly.Timeout;

namespace AiRace.Sources.Live;

/// <summary>
/// One run of one source: sends its requests (conditional when the archive holds validators for the URL), checks status and
/// content type, archives each response inside the run's transaction, and hands it to the deriver, which writes its rows.
/// </summary>
internal sealed class SourceRun : IDisposable
{
    private readonly HttpClient _http;
    private readonly AiRaceStore _store;
    private readonly LiveImport _import;
    private readonly IUpdateProgress? _progress;
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _attempts;

    public SourceRun(
        ILiveSource source, string baseUrl, LiveOptions options, LiveConfig config, HttpClient http, AiRaceStore store,
        LiveImport import, IPageDeriver deriver, IUpdateProgress? progress)
    {
        Source = source;
        BaseUrl = baseUrl;
        Options = options;
        Config = config;
        _http = http;
        _store = store;
        _import = import;
        Deriver = deriver;
        _progress = progress;
    }

    public ILiveSource Source { get; }

    /// <summary>The base URL, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public LiveOptions Options { get; }

    public LiveConfig Config { get; }

    public IPageDeriver Deriver { get; }

    /// <summary>Headers sent with every request of this run (keys). They are never archived, logged or shown.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int Requests { get; private set; }

    public int NotModified { get; private set; }

    public long Bytes { get; private set; }

    /// <summary>The hash over every body's sha256, in request order: equal for runs that read the same content.</summary>
    public string CombinedSha => Convert.ToHexStringLower(_sha.GetCurrentHash());

    /// <summary>Called by the HTTP pipeline before each retry.</summary>
    public void OnRetry(RetryNotice notice)
    {
        _attempts = notice.NextAttempt;
        var why = notice.Status is { } s ? $"{(int)s} {s}" : Config.Redact(notice.Error?.GetType().Name + ": " + notice.Error?.Message);
        Options.Diagnostics?.Invoke($"{Source.Name}: retry {notice.NextAttempt - 1} in {notice.Delay.TotalSeconds:0.###} s after {why}");
    }

    /// <summary>GETs <paramref name="url"/>, archives the answer, feeds it to the deriver and returns it.</summary>
    public async Task<FetchedPage> GetAsync(string url, BodyKind kind, CancellationToken cancellationToken)
    {
        var safe = Config.Redact(UrlRedactor.Redact(url));
        var validators = _store.Validators(safe);
        Requests++;
        _attempts = 1;
        Options.Diagnostics?.Invoke($"{Source.Name}: GET {safe}{(validators is null ? string.Empty : " (conditional)")}");
        var (request, response) = await Follow(url, validators, safe, cancellationToken).ConfigureAwait(false);
        using var sent = request;
        using var received = response;
        var retrievedAt = Options.Clock();
        var status = (int)response.StatusCode;
        ArchiveEntry entry;
        byte[] body;
        string? next;
        if (status == 304)
        {
            if (validators is null)
            {
                throw Failure(safe, "answered 304 Not Modified to a request that had no validators");
            }

            body = _store.ArchiveBody(validators.ArchiveId);
            next = validators.NextUrl;
            entry = new ArchiveEntry(
                Source.Name, safe, retrievedAt, status, null, Config.Redact(response.Headers.ETag?.ToString() ?? validators.ETag), validators.LastModified,
                next, Sha(body), body.LongLength, null, validators.ArchiveId);
            NotModified++;
        }
        else if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta is { } d ? $" (Retry-After {d.TotalSeconds:0} s: try again later)" : string.Empty;
            throw Failure(safe, $"answered {status} {response.ReasonPhrase}{Attempts()}{retryAfter}");
        }
        else
        {
            var contentType = response.Content.Headers.ContentType?.MediaType;
            CheckContentType(kind, contentType, safe);
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            body = Config.RedactBody(body);
            next = LinkHeader.Next(response.Headers, request.RequestUri!);
            entry = new ArchiveEntry(
                Source.Name, safe, retrievedAt, status, contentType, Config.Redact(response.Headers.ETag?.ToString()),
                response.Content.Headers.LastModified?.ToString("R"), next is null ? null : Config.Redact(UrlRedactor.Redact(next)),
                Sha(body), body.LongLength, body);
        }

        _import.Archive(entry);
        _sha.AppendData(Encoding.ASCII.GetBytes(entry.Sha256));
        Bytes += body.LongLength;
        var page = new FetchedPage(safe, status, entry.ContentType, body, next, status == 304);
        try
        {
            Deriver.Add(page, _import);
        }
        catch (AiRaceException ex)
        {
            throw Failure(safe, $"gave a body AiRace cannot read: {ex.Message}");
        }

        _progress?.Advanced(Source.Name, Requests, _import.Rows, Bytes);
        return page;
    }

    public void Dispose() => _sha.Dispose();

    /// <summary>
    /// Sends the request and follows up to <see cref="MaxRedirects"/> redirects itself (the handler follows none). The run's
    /// credential headers go only to the base URL's origin (scheme, host and port): a redirect or a next-page link elsewhere
    /// is requested without any of them, so no key leaves its origin.
    /// </summary>
    private async Task<(HttpRequestMessage Request, HttpResponseMessage Response)> Follow(
        string url, ArchiveValidators? validators, string safe, CancellationToken cancellationToken)
    {
        var target = new Uri(url);
        for (var hop = 0; ; hop++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, target);
            if (SameOrigin(target))
            {
                foreach (var (name, value) in Headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            if (hop == 0 && validators?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (hop == 0 && validators?.LastModified is { } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            var response = await Send(request, safe, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location)
            {
                return (request, response);
            }

            response.Dispose();
            request.Dispose();
            if (hop >= MaxRedirects)
            {
                throw Failure(safe, $"redirected more than {MaxRedirects} times");
            }

            target = location.IsAbsoluteUri ? location : new Uri(target, location);
            if (target.Scheme is not ("http" or "https"))
            {
                throw Failure(safe, $"redirected to a '{target.Scheme}:' URL, which AiRace does not follow");
            }

            if (!SameOrigin(target))
            {
                Options.Diagnostics?.Invoke($"{Source.Name}: redirected to another origin ({target.GetLeftPart(UriPartial.Authority)}): following without credentials");
            }
        }
    }

    private const int MaxRedirects = 5;

    /// <summary>True when <paramref name="target"/> has the base URL's scheme, host and port.</summary>
    internal bool SameOrigin(Uri target)
    {
        var origin = new Uri(BaseUrl);
        return string.Equals(target.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase) &&
               string.Equals(target.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase) &&
               target.Port == origin.Port;
    }

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request, string safe, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException)
        {
            throw Failure(safe, $"timed out{Attempts()} (each attempt may take {Options.AttemptTimeout.TotalSeconds:0.###} s, the request {Options.RequestTimeout.TotalSeconds:0.###} s)");
        }
        catch (HttpRequestException ex)
        {
            throw Failure(safe, $"could not be read{Attempts()}: {ex.Message}");
        }
    }

    private string Attempts() => _attempts > 1 ? $" after {_attempts} attempts" : string.Empty;

    private static void CheckContentType(BodyKind kind, string? contentType, string safe)
    {
        var type = contentType?.ToLowerInvariant() ?? string.Empty;
        var ok = kind switch
        {
            BodyKind.Json => type.Length == 0 || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal),
            _ => !type.StartsWith("text/html", StringComparison.Ordinal),
        };
        if (!ok)
        {
            throw Failure(safe, $"answered with content type '{contentType}', expected {(kind == BodyKind.Json ? "JSON" : kind.ToString().ToUpperInvariant())} (an error page or a captive portal?)");
        }
    }

    private static string Sha(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private static AiRaceException Failure(string safeUrl, string detail) =>
        new(ErrorKind.SourceUnavailable, $"GET {safeUrl} {detail}.");

    /// <summary>Wraps a JSON error of a deriver in a one-line message naming where it broke.</summary>
    public static AiRaceException BadJson(JsonException ex) =>
        new(ErrorKind.BadData, $"not valid JSON (truncated or malformed) at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}", ex);
}
