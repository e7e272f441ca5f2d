using AiRace.Store;

namespace AiRace.Sources.Live.OpenRouter;

/// <summary>
/// OpenRouter's model catalog: <c>GET /api/v1/models</c> (no key; followed: https://openrouter.ai/docs/api/api-reference/models/get-models),
/// following <c>links.next</c> when present. Kept to OpenRouter's documented 30 requests per minute.
/// </summary>
internal sealed class OpenRouterModelsSource : ILiveSource
{
    public string Name => "openrouter";

    public string Kind => "openrouter-models-api";

    public string DefaultBaseUrl => "https://openrouter.ai";

    public string BaseUrlVariable => "AIRACE_OPENROUTER_URL";

    public string? RequiredKey => null;

    public string EnableHint => "OpenRouter's catalog needs no key.";

    public RateLimit? RateLimit(LiveConfig config) => new(30, TimeSpan.FromMinutes(1));

    public IPageDeriver CreateDeriver(DeriveContext context) => new Deriver(context);

    public async Task FetchAsync(SourceRun run, CancellationToken cancellationToken)
    {
        var deriver = (Deriver)run.Deriver;
        string? next = $"{run.BaseUrl}/api/v1/models";
        for (var page = 0; next is not null && page < 1000; page++)
        {
            var fetched = await run.GetAsync(next, BodyKind.Json, cancellationToken).ConfigureAwait(false);
            next = fetched.NextUrl ?? (deriver.LastNext is { Length: > 0 } n ? new Uri(new Uri(run.BaseUrl + "/"), n).AbsoluteUri : null);
        }
    }

    private sealed class Deriver(DeriveContext context) : IPageDeriver
    {
        public string Attribution => OpenRouterModelsParser.Attribution;

        public string? LastNext { get; private set; }

        public void Add(FetchedPage page, IImportSink sink)
        {
            using var body = page.OpenBody();
            var (batch, next) = OpenRouterModelsParser.Read(body, context.SourceKind, context.SnapshotDate, context.Organizations);
            LastNext = next;
            sink.Add(batch);
        }

        public void Complete(IImportSink sink)
        {
        }
    }
}
