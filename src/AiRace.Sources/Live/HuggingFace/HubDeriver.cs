using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Sources.Live.HuggingFace;

/// <summary>
/// Turns Hub listing pages into rows: every repository becomes a <c>hub_models</c> row; a tracked namespace's repositories
/// also become catalog models (open weights, organization from the bundled table) with downloads and likes observations;
/// derivative listings are counted per base model (<c>hf-derivatives</c>) once every page is in.
/// </summary>
internal sealed class HubDeriver(DeriveContext context) : IPageDeriver
{
    public const string Credit = "Hugging Face Hub API (huggingface.co); counts as the Hub reports them on the snapshot date.";

    /// <summary>How many of each namespace's first repositories are remembered for derivative listings.</summary>
    public const int MaxTracked = 50;

    private readonly Dictionary<string, HashSet<string>> _derivatives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _topByAuthor = new(StringComparer.OrdinalIgnoreCase);

    public string Attribution => Credit;

    /// <summary>The first <paramref name="count"/> repositories of each namespace's listing (most downloaded first).</summary>
    public IReadOnlyList<string> TopRepositories(int count) =>
        _topByAuthor.Values.SelectMany(list => list.Take(count)).Distinct(StringComparer.Ordinal).ToList();

    public void Add(FetchedPage page, IImportSink sink)
    {
        var listing = HubListing.Parse(page.Url);
        var batch = new ImportBatch(context.SourceKind, Credit);
        var date = context.SnapshotDate;
        var hub = new List<HubModelRecord>();
        batch.HubModels = hub;
        if (listing.IsDerivatives)
        {
            var set = Derivatives(listing.BaseModel!);
            foreach (var h in HubListingParser.Read(page.Body, date, listing.BaseModel, listing.Relation))
            {
                hub.Add(h);
                set.Add(h.RepoId);
            }
        }
        else
        {
            var top = _topByAuthor.TryGetValue(listing.Author ?? string.Empty, out var t) ? t : _topByAuthor[listing.Author ?? string.Empty] = [];
            batch.Metrics.AddRange([KnownMetrics.HfDownloads30d, KnownMetrics.HfDownloadsAllTime, KnownMetrics.HfLikes]);
            foreach (var h in HubListingParser.Read(page.Body, date))
            {
                hub.Add(h);
                if (top.Count < MaxTracked)
                {
                    top.Add(h.RepoId);
                }

                Catalog(batch, h, date);
            }
        }

        sink.Add(batch);
    }

    public void Complete(IImportSink sink)
    {
        if (_derivatives.Count == 0)
        {
            return;
        }

        var batch = new ImportBatch(context.SourceKind, Credit);
        batch.Metrics.Add(KnownMetrics.HfDerivatives);
        foreach (var (baseModel, set) in _derivatives.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            batch.Observations.Add(new Observation(KnownMetrics.HfDerivatives.Id, ModelKeys.Normalize(baseModel), context.SnapshotDate, set.Count));
        }

        sink.Add(batch);
    }

    private HashSet<string> Derivatives(string baseModel) =>
        _derivatives.TryGetValue(baseModel, out var set) ? set : _derivatives[baseModel] = new HashSet<string>(StringComparer.Ordinal);

    private void Catalog(ImportBatch batch, HubModelRecord h, DateOnly date)
    {
        var key = ModelKeys.Normalize(h.RepoId);
        var organization = context.Organizations.FindByHubNamespace(h.Author)?.Name ?? h.Author;
        batch.Models.Add(new ModelRecord(
            key, h.RepoId, organization, HubListingParser.ReleaseDate(h.CreatedAt), Openness.Open, null, h.RepoId, h.RepoId));
        if (h.Downloads is { } d)
        {
            batch.Observations.Add(new Observation(KnownMetrics.HfDownloads30d.Id, key, date, d));
        }

        if (h.DownloadsAllTime is { } all)
        {
            batch.Observations.Add(new Observation(KnownMetrics.HfDownloadsAllTime.Id, key, date, all));
        }

        if (h.Likes is { } likes)
        {
            batch.Observations.Add(new Observation(KnownMetrics.HfLikes.Id, key, date, likes));
        }
    }
}
