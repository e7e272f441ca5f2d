namespace AiRace.Core.Domain;

public sealed partial class ImportBatch
{
    /// <summary>Weekly usage rows (OpenRouter token rankings).</summary>
    public List<UsageRecord> Usage { get; } = [];

    /// <summary>Trending-list places, one per repository and snapshot.</summary>
    public List<HubTrendingEntry> HubTrending { get; } = [];

    /// <summary>Hub repositories; may be a lazy sequence (a streamed listing), enumerated once inside the import transaction.</summary>
    public IEnumerable<HubModelRecord> HubModels { get; set; } = [];

    /// <summary>A large <c>/api/models</c> file the store reads itself inside the import transaction; null when none.</summary>
    public HubModelsJsonFile? HubModelsFile { get; set; }
}
