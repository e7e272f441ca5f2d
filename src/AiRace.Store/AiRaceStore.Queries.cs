using System.Data.Common;
using System.Globalization;
using AiRace.Core.Domain;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>Counts of every main table.</summary>
    public StoreCounts Counts()
    {
        using var cmd = Command("""
            SELECT (SELECT count(*) FROM imports), (SELECT count(*) FROM model_sources),
                   (SELECT count(*) FROM organization_sources), (SELECT count(*) FROM observations),
                   (SELECT count(*) FROM metrics)
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
    }

    /// <summary>True when nothing was ever imported.</summary>
    public bool IsEmpty => Counts().Imports == 0;

    /// <summary>Every metric with its coverage (see <see cref="Metrics(DateOnly?)"/>).</summary>
    public IReadOnlyList<MetricSummary> Metrics() => Metrics(asOf: null);

    /// <summary>One metric's definition, or null when the store has no such metric.</summary>
    public Metric? FindMetric(string id)
    {
        using var cmd = Command("SELECT id, name, kind, higher_is_better, unit, description FROM metrics WHERE id = $1", id);
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new Metric(r.GetString(0), r.GetString(1), MetricKindNames.Parse(r.GetString(2)), r.GetBoolean(3), r.GetString(4), r.GetString(5))
            : null;
    }

    /// <summary>Every model, merged over imports.</summary>
    public IReadOnlyList<StoredModel> Models()
    {
        using var cmd = Command("""
            SELECT key, name, organization, release_date, openness, source_country, hugging_face_id, openrouter_id
            FROM models ORDER BY key
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredModel>();
        while (r.Read())
        {
            list.Add(new StoredModel(
                r.GetString(0), r.GetString(1), StringOrNull(r, 2), DateOrNull(r, 3), OpennessNames.Parse(r.GetString(4)),
                StringOrNull(r, 5), StringOrNull(r, 6), StringOrNull(r, 7)));
        }

        return list;
    }

    /// <summary>Organization → country rows from imported tables (such as Epoch's), earliest import first.</summary>
    public IReadOnlyList<OrganizationRecord> ImportedOrganizations()
    {
        using var cmd = Command("SELECT name, country, origin, source_url FROM organization_sources ORDER BY import_id, name");
        using var r = cmd.ExecuteReader();
        var list = new List<OrganizationRecord>();
        while (r.Read())
        {
            list.Add(new OrganizationRecord(r.GetString(0), StringOrNull(r, 1), r.GetString(2), StringOrNull(r, 3)));
        }

        return list;
    }

    /// <summary>Every observation of one metric, ordered by date (restated live figures: the latest; see <see cref="Observations(string, DateOnly?)"/>).</summary>
    public IReadOnlyList<Observation> Observations(string metricId) => Observations(metricId, asOf: null);

    /// <summary>Every import, oldest first.</summary>
    public IReadOnlyList<ImportRecord> Imports()
    {
        using var cmd = Command("""
            SELECT id, source_kind, file_name, path, sha256, bytes, rows, imported_at, retrieved_at, attribution
            FROM imports ORDER BY id
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<ImportRecord>();
        while (r.Read())
        {
            list.Add(new ImportRecord(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetInt64(6),
                ToOffset(r.GetValue(7))!.Value, ToOffset(r.GetValue(8)), r.GetString(9)));
        }

        return list;
    }

    /// <summary>The distinct attribution texts of the imports that contributed to a metric.</summary>
    public IReadOnlyList<string> Attributions(string metricId)
    {
        using var cmd = Command("""
            SELECT DISTINCT i.attribution FROM imports i
            WHERE i.id IN (SELECT DISTINCT import_id FROM observations WHERE metric = $1) ORDER BY 1
            """, metricId);
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    private static DateOnly? DateOrNull(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.FromDateTime(r.GetDateTime(i));

    private static string? StringOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? ToOffset(object value) => value switch
    {
        DateTimeOffset o => o,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        DBNull or null => null,
        _ => DateTimeOffset.Parse(value.ToString()!, CultureInfo.InvariantCulture),
    };
}
