using AiRace.Store;

namespace AiRace.Sources.Live.ArtificialAnalysis;

/// <summary>
/// Artificial Analysis language models, <c>GET /api/v2/data/llms/models</c> with <c>x-api-key: $AA_API_KEY</c>
/// (followed: https://artificialanalysis.ai/documentation and https://artificialanalysis.ai/data-api/docs; the free tier allows
/// 1,000 requests per day, and attribution to Artificial Analysis is required).
/// </summary>
internal sealed class ArtificialAnalysisSource : ILiveSource
{
    public string Name => "artificial-analysis";

    public string Kind => "aa-api";

    public string DefaultBaseUrl => "https://artificialanalysis.ai";

    public string BaseUrlVariable => "AIRACE_AA_URL";

    public string? RequiredKey => "AA_API_KEY";

    public string EnableHint =>
        "set AA_API_KEY (a free key from https://artificialanalysis.ai, API keys page) in the environment or the config file to read Artificial Analysis.";

    public RateLimit? RateLimit(LiveConfig config) => new(1000, TimeSpan.FromDays(1));

    public IPageDeriver CreateDeriver(DeriveContext context) => new Deriver(context);

    public async Task FetchAsync(SourceRun run, CancellationToken cancellationToken)
    {
        run.Headers["x-api-key"] = run.Config.Get("AA_API_KEY")!;
        await run.GetAsync($"{run.BaseUrl}/api/v2/data/llms/models", BodyKind.Json, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Deriver(DeriveContext context) : IPageDeriver
    {
        public string Attribution => AaModelsParser.Attribution;

        public void Add(FetchedPage page, IImportSink sink)
        {
            using var body = page.OpenBody();
            sink.Add(AaModelsParser.Read(body, context.SourceKind));
        }

        public void Complete(IImportSink sink)
        {
        }
    }
}
