using AiRace.Sources.Attribution;

namespace AiRace.Sources.Live.HuggingFace;

/// <summary>
/// The Hugging Face Hub: <c>GET /api/models?author=&lt;namespace&gt;</c> for every tracked namespace, most downloaded first, with
/// <c>expand[]</c> fields, paging through <c>Link: &lt;…&gt;; rel="next"</c>; then, for each namespace's top models, the four
/// derivative listings <c>filter=base_model:&lt;relation&gt;:&lt;id&gt;</c>. Optional <c>HF_TOKEN</c>; <c>HF_ENDPOINT</c> points at a mirror.
/// Followed: https://huggingface.co/docs/hub/api (GET /api/models, expand, Link paging) and
/// https://huggingface.co/docs/hub/rate-limits (500 API requests per 5 minutes anonymous, 1,000 with a free account's token).
/// </summary>
internal sealed class HubSource : ILiveSource
{
    public string Name => "huggingface";

    public string Kind => "hf-hub-api";

    public string DefaultBaseUrl => "https://huggingface.co";

    public string BaseUrlVariable => "HF_ENDPOINT";

    public string? RequiredKey => null;

    public string EnableHint => "Hugging Face needs no key (HF_TOKEN raises its rate limit).";

    public RateLimit? RateLimit(LiveConfig config) =>
        new(config.Get("HF_TOKEN") is null ? 500 : 1000, TimeSpan.FromMinutes(5));

    public IPageDeriver CreateDeriver(DeriveContext context) => new HubDeriver(context);

    public async Task FetchAsync(SourceRun run, CancellationToken cancellationToken)
    {
        if (run.Config.Get("HF_TOKEN") is { } token)
        {
            run.Headers["Authorization"] = "Bearer " + token;
        }

        var deriver = (HubDeriver)run.Deriver;
        var pageSize = Math.Clamp(run.Options.HubPageSize, 1, 1000);
        foreach (var ns in Namespaces(run.Options))
        {
            await ReadListing(run, HubListing.ForAuthor(run.BaseUrl, ns, pageSize), cancellationToken).ConfigureAwait(false);
        }

        if (run.Options.HubDerivativeModels <= 0)
        {
            return;
        }

        foreach (var baseModel in deriver.TopRepositories(Math.Min(run.Options.HubDerivativeModels, HubDeriver.MaxTracked)))
        {
            foreach (var relation in HubListingParser.Relations)
            {
                await ReadListing(run, HubListing.ForDerivatives(run.BaseUrl, baseModel, relation, pageSize), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The namespaces to list: the option, else every <c>hf_namespaces</c> entry of the bundled organizations table.</summary>
    internal static IReadOnlyList<string> Namespaces(LiveOptions options) =>
        options.HubNamespaces ?? BundledOrganizations.Table.Entries.SelectMany(e => e.HubNamespaces).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static async Task ReadListing(SourceRun run, string url, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? next = url;
        while (next is not null)
        {
            if (!seen.Add(next))
            {
                throw new AiRace.Core.AiRaceException(AiRace.Core.ErrorKind.SourceUnavailable, $"GET {UrlRedactor.Redact(next)} was named as the next page twice; the listing loops.");
            }

            var page = await run.GetAsync(next, BodyKind.Json, cancellationToken).ConfigureAwait(false);
            next = page.NextUrl;
        }
    }
}
