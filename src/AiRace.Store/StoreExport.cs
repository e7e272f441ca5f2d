namespace AiRace.Store;

/// <summary>
/// The tables an export writes and the query of each: observations with their metric, scale edition and source kind;
/// the merged models; organizations as each import gave them; and the imports. Each table's query, and the column its
/// Hive partitions (<c>column=value/</c> folders) are cut by.
/// </summary>
internal static class StoreExport
{
    public static readonly IReadOnlyList<(string Name, string Sql, string? PartitionBy)> Tables =
    [
        ("observations",
            $"""
            SELECT o.metric, o.model, o.date, o.score, o.ci_low, o.ci_high, o.votes, o.source_model,
                   mk.name AS metric_name, mk.kind AS metric_kind, mk.unit, mk.higher_is_better,
                   {AiRaceStore.EditionSql} AS edition,
                   o.import_id, i.source_kind
            FROM observations o JOIN imports i ON i.id = o.import_id LEFT JOIN metrics mk ON mk.id = o.metric
            ORDER BY o.metric, o.date, o.model
            """,
            "metric"),
        ("models", "SELECT * FROM models ORDER BY key", null),
        ("organizations", "SELECT import_id, name, country, origin, source_url FROM organization_sources ORDER BY import_id, name", null),
        ("imports",
            "SELECT id, source_kind, file_name, path, sha256, bytes, rows, imported_at, retrieved_at, attribution FROM imports ORDER BY id",
            "source_kind"),
    ];
}
