namespace AiRace.Sources.Live;

/// <summary>How live updates talk to sources: timeouts, retries, rate limits, mirrors and what to fetch. Defaults suit a daily cron run.</summary>
public sealed record LiveOptions
{
    /// <summary>One attempt (connect, headers and body) may take this long before it is retried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>One request, all its retries and waits included, may take this long.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>One source's whole run may take this long; past it the run fails and writes nothing.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Retries after the first attempt on 408, 429, 5xx, timeouts and broken connections.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter. A <c>Retry-After</c> header overrides it.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the request fails and says when to try again.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether to keep to each source's documented rate limit (off for loopback benchmarks).</summary>
    public bool RateLimits { get; init; } = true;

    /// <summary>Base URLs by source name (mirrors, tests); they win over the environment and the config file.</summary>
    public IReadOnlyDictionary<string, string> BaseUrls { get; init; } = new Dictionary<string, string>();

    /// <summary>The Hub namespaces to list; null means every <c>hf_namespaces</c> entry of the bundled organizations table.</summary>
    public IReadOnlyList<string>? HubNamespaces { get; init; }

    /// <summary>How many of each namespace's most downloaded models get derivative counts (4 listings each); 0 for none.</summary>
    public int HubDerivativeModels { get; init; } = 1;

    /// <summary>Models per Hub listing page (the Hub serves at most 1,000).</summary>
    public int HubPageSize { get; init; } = 1000;

    /// <summary>First day of the OpenRouter rankings window; null for the API's default (the 30 days before yesterday).</summary>
    public DateOnly? OpenRouterRankingsStart { get; init; }

    /// <summary>Reads only LMArena's latest leaderboards instead of the full history.</summary>
    public bool LmArenaLatestOnly { get; init; }

    /// <summary>
    /// DuckDB's memory limit while a source is written, e.g. <c>64MB</c>; null leaves DuckDB's default (most of the RAM).
    /// Rows already written sit in the store file, so the limit only keeps DuckDB's cache small: memory stays flat however
    /// many pages a run reads (see the hub-listing benchmark).
    /// </summary>
    public string? StoreMemoryLimit { get; init; } = "64MB";

    /// <summary>The clock that stamps <c>retrieved_at</c>.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Receives one line per retry and request when diagnostics are on (<c>--debug</c>); lines never carry secrets.</summary>
    public Action<string>? Diagnostics { get; init; }
}
