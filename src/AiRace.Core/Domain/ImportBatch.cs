namespace AiRace.Core.Domain;

/// <summary>Everything one file or one live response contributes to the store. It is written in one transaction, or not at all.</summary>
public sealed class ImportBatch
{
    public ImportBatch(string sourceKind, string attribution)
    {
        SourceKind = sourceKind;
        Attribution = attribution;
    }

    /// <summary>The importer that read it, such as <c>lmarena-alltime</c>.</summary>
    public string SourceKind { get; }

    /// <summary>Publisher and repository to credit, as the source's terms require.</summary>
    public string Attribution { get; }

    /// <summary>When the data was retrieved from its publisher, if known (a live response); null for a hand-imported file.</summary>
    public DateTimeOffset? RetrievedAt { get; init; }

    public List<Metric> Metrics { get; } = [];

    public List<ModelRecord> Models { get; } = [];

    public List<OrganizationRecord> Organizations { get; } = [];

    public List<Observation> Observations { get; } = [];

    /// <summary>Hugging Face Hub repository snapshots (the <c>hub_models</c> table).</summary>
    public List<HubModelSnapshot> HubModels { get; } = [];

    /// <summary>Rows counted for the import summary.</summary>
    public long RowCount => Models.Count + Organizations.Count + Observations.Count + HubModels.Count;
}
