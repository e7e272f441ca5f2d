namespace AiRace.Core.Domain;

/// <summary>Everything one file or one live response contributes to the store. It is written in one transaction, or not at all.</summary>
public sealed partial class ImportBatch
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

    /// <summary>What the importer deliberately left out and why (such as "runs skipped: 3 (no release date)"), shown with the import line.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>
    /// The namespace of this batch's model keys (such as <c>lmarena</c>), or null. Aliases recorded by any import of a scope
    /// rename the model keys of every import of that scope, whichever was imported first.
    /// </summary>
    public string? AliasScope { get; init; }

    /// <summary>Display names this source gives for its keys; they need <see cref="AliasScope"/>.</summary>
    public List<ModelAlias> Aliases { get; } = [];

    /// <summary>Rows counted for the import summary.</summary>
    public long RowCount => Models.Count + Organizations.Count + Observations.Count;
}
