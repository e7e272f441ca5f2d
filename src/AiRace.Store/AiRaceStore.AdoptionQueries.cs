using System.Data.Common;
using AiRace.Core.Adoption;
using AiRace.Core.Domain;
using AiRace.Core.Figures;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    private const string HubColumns =
        "snapshot_date, repo_id, author, downloads, downloads_all_time, likes, created_at, pipeline_tag, library, license, base_model, base_relation, parameters, tags";

    /// <summary>Every usage row, one source file per week (the latest import of a week wins), by week and rank.</summary>
    public IReadOnlyList<UsageRecord> UsageRows()
    {
        using var cmd = Command("""
            SELECT source_date, week, slug, base_slug, variant, is_free, source_is_free, name, rank, total_tokens, percent_change,
                   listed_models, listed_total, source_total, has_other_row
            FROM usage_weekly u
            WHERE import_id = (SELECT max(import_id) FROM usage_weekly v WHERE v.week = u.week)
            ORDER BY week, rank, slug
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<UsageRecord>();
        while (r.Read())
        {
            list.Add(new UsageRecord(
                Day(r, 0), Day(r, 1), r.GetString(2), r.GetString(3), StringOrNull(r, 4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : r.GetBoolean(6), r.GetString(7), r.GetInt32(8), r.GetInt64(9), r.IsDBNull(10) ? null : r.GetDouble(10),
                r.GetInt32(11), r.GetInt64(12), r.IsDBNull(13) ? null : r.GetInt64(13), r.GetBoolean(14)));
        }

        return list;
    }

    /// <summary>The Hub snapshots in the store: per importer kind and date, how many rows carry each measure.</summary>
    public IReadOnlyList<HubSnapshotSummary> HubSnapshots()
    {
        using var cmd = Command("""
            SELECT i.source_kind, h.snapshot_date, count(*), count(h.downloads), count(h.downloads_all_time), count(h.likes),
                   count(h.base_relation), count(h.created_at)
            FROM hub_models h JOIN imports i ON i.id = h.import_id
            GROUP BY ALL ORDER BY 2, 1
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<HubSnapshotSummary>();
        while (r.Read())
        {
            list.Add(new HubSnapshotSummary(r.GetString(0), Day(r, 1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)));
        }

        return list;
    }

    /// <summary>The repositories that imports of <paramref name="importerKinds"/> describe on <paramref name="date"/>, one row each (the latest import wins).</summary>
    public IReadOnlyList<HubModelRecord> HubModels(IReadOnlyCollection<string> importerKinds, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(importerKinds);
        using var cmd = Command($"""
            SELECT {HubColumns} FROM hub_models h
            WHERE h.snapshot_date = $1 AND h.import_id IN (SELECT id FROM imports WHERE source_kind IN ({SqlList(importerKinds)}))
            QUALIFY row_number() OVER (PARTITION BY repo_id ORDER BY import_id DESC) = 1
            ORDER BY repo_id
            """, date);
        return ReadHub(cmd);
    }

    /// <summary>
    /// What the store's lineage-carrying imports (those with at least one base model) say about each repository's base,
    /// the latest statement winning; originals are edges with no base.
    /// </summary>
    public IReadOnlyList<LineageEdge> HubLineageEdges()
    {
        using var cmd = Command("""
            SELECT repo_id, base_model, base_relation FROM hub_models
            WHERE import_id IN (SELECT import_id FROM hub_models GROUP BY import_id HAVING count(base_relation) > 0)
            QUALIFY row_number() OVER (PARTITION BY repo_id ORDER BY snapshot_date DESC, import_id DESC) = 1
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<LineageEdge>();
        while (r.Read())
        {
            list.Add(new LineageEdge(r.GetString(0), StringOrNull(r, 1), StringOrNull(r, 2)));
        }

        return list;
    }

    /// <summary>The imports behind the usage rows: per importer kind, attribution, files and week span.</summary>
    public IReadOnlyList<FigureSource> UsageSources() => Sources("""
        SELECT i.source_kind, i.attribution, count(DISTINCT i.id), min(u.week), max(u.week)
        FROM usage_weekly u JOIN imports i ON i.id = u.import_id GROUP BY ALL ORDER BY 1, 2
        """);

    /// <summary>The imports behind the Hub rows of <paramref name="importerKinds"/>: attribution, files and snapshot span.</summary>
    public IReadOnlyList<FigureSource> HubSources(IReadOnlyCollection<string> importerKinds)
    {
        ArgumentNullException.ThrowIfNull(importerKinds);
        return Sources($"""
            SELECT i.source_kind, i.attribution, count(DISTINCT i.id), min(h.snapshot_date), max(h.snapshot_date)
            FROM hub_models h JOIN imports i ON i.id = h.import_id WHERE i.source_kind IN ({SqlList(importerKinds)}) GROUP BY ALL ORDER BY 1, 2
            """);
    }

    /// <summary>OpenRouter id → openness of the store's models that have one (from imported catalogs), case-insensitive.</summary>
    public IReadOnlyDictionary<string, Openness> OpenRouterOpenness()
    {
        using var cmd = Command("SELECT openrouter_id, openness FROM models WHERE openrouter_id IS NOT NULL AND openness <> 'unknown'");
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, Openness>(StringComparer.OrdinalIgnoreCase);
        while (r.Read())
        {
            map.TryAdd(r.GetString(0), OpennessNames.Parse(r.GetString(1)));
        }

        return map;
    }

    private List<FigureSource> Sources(string sql, params object?[] parameters)
    {
        using var cmd = Command(sql, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<FigureSource>();
        while (r.Read())
        {
            list.Add(new FigureSource(r.GetString(0), r.GetString(1), (int)r.GetInt64(2), DateOrNull(r, 3), DateOrNull(r, 4)));
        }

        return list;
    }

    private static List<HubModelRecord> ReadHub(DuckDB.NET.Data.DuckDBCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<HubModelRecord>();
        while (r.Read())
        {
            list.Add(new HubModelRecord(
                Day(r, 0), r.GetString(1), StringOrNull(r, 2), LongOrNull(r, 3), LongOrNull(r, 4), LongOrNull(r, 5),
                r.IsDBNull(6) ? null : new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(6), DateTimeKind.Utc)),
                StringOrNull(r, 7), StringOrNull(r, 8), StringOrNull(r, 9), StringOrNull(r, 10), StringOrNull(r, 11), LongOrNull(r, 12),
                StringOrNull(r, 13)));
        }

        return list;
    }

    /// <summary>A SQL list of string literals (quotes doubled); an empty list matches nothing.</summary>
    private static string SqlList(IEnumerable<string> values)
    {
        var items = values.Select(v => "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'").ToList();
        return items.Count == 0 ? "NULL" : string.Join(", ", items);
    }

    private static DateOnly Day(DbDataReader r, int i) => DateOnly.FromDateTime(r.GetDateTime(i));

    private static long? LongOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
}
