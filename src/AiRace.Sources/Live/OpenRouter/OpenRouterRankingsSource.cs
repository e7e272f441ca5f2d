using System.Globalization;
using AiRace.Store;

namespace AiRace.Sources.Live.OpenRouter;

/// <summary>
/// OpenRouter's Data API daily rankings, <c>GET /api/v1/datasets/rankings-daily</c> with <c>Authorization: Bearer $OPENROUTER_API_KEY</c>
/// (followed: https://openrouter.ai/docs/api/api-reference/datasets/get-rankings-daily and
/// https://openrouter.ai/docs/cookbook/administration/data-api: 30 requests per minute per key, CC BY 4.0 with the citation from <c>meta.as_of</c>).
/// </summary>
internal sealed class OpenRouterRankingsSource : ILiveSource
{
    public string Name => "openrouter-rankings";

    public string Kind => "openrouter-rankings-api";

    public string DefaultBaseUrl => "https://openrouter.ai";

    public string BaseUrlVariable => "AIRACE_OPENROUTER_URL";

    public string? RequiredKey => "OPENROUTER_API_KEY";

    public string EnableHint =>
        "set OPENROUTER_API_KEY (any OpenRouter API key, https://openrouter.ai/settings/keys) in the environment or the config file to read the daily rankings.";

    public RateLimit? RateLimit(LiveConfig config) => new(30, TimeSpan.FromMinutes(1));

    public IPageDeriver CreateDeriver(DeriveContext context) => new Deriver(context);

    public async Task FetchAsync(SourceRun run, CancellationToken cancellationToken)
    {
        run.Headers["Authorization"] = "Bearer " + run.Config.Get("OPENROUTER_API_KEY");
        var url = $"{run.BaseUrl}/api/v1/datasets/rankings-daily";
        if (run.Options.OpenRouterRankingsStart is { } start)
        {
            url += "?start_date=" + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        await run.GetAsync(url, BodyKind.Json, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Deriver(DeriveContext context) : IPageDeriver
    {
        public string Attribution { get; private set; } = "Source: OpenRouter (openrouter.ai/rankings). Licensed under CC BY 4.0.";

        public void Add(FetchedPage page, IImportSink sink)
        {
            using var body = page.OpenBody();
            var batch = OpenRouterRankingsParser.Read(body, context.SourceKind, context.Organizations);
            Attribution = batch.Attribution;
            sink.Add(batch);
        }

        public void Complete(IImportSink sink)
        {
        }
    }
}
