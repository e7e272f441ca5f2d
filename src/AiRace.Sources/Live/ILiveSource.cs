namespace AiRace.Sources.Live;

/// <summary>A live source: where it is, what key it needs, its rate limit, how it fetches and how its responses become rows.</summary>
internal interface ILiveSource
{
    /// <summary>The name used on the command line (<c>--source huggingface</c>).</summary>
    string Name { get; }

    /// <summary>The import kind stored in the <c>imports</c> table.</summary>
    string Kind { get; }

    /// <summary>The public endpoint.</summary>
    string DefaultBaseUrl { get; }

    /// <summary>The environment variable (or config name) that overrides the base URL.</summary>
    string BaseUrlVariable { get; }

    /// <summary>The environment variable holding a required key, or null when none is needed.</summary>
    string? RequiredKey { get; }

    /// <summary>One line saying how to enable the source when its key is missing.</summary>
    string EnableHint { get; }

    /// <summary>The documented request budget, if any.</summary>
    RateLimit? RateLimit(LiveConfig config);

    /// <summary>Issues the source's requests through <paramref name="run"/>, which archives each response and feeds it to the deriver.</summary>
    Task FetchAsync(SourceRun run, CancellationToken cancellationToken);

    IPageDeriver CreateDeriver(DeriveContext context);
}
