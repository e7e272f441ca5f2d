using System.Globalization;
using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Store;

/// <summary>
/// "As of" queries. An import is known on date D when it was retrieved on or before D (UTC). A file import has no retrieval
/// time, so each of its observations counts as retrieved on its own date. When several live imports of the same source give
/// a value for the same metric, model and date (a restated figure), the one retrieved last wins.
/// </summary>
public sealed partial class AiRaceStore
{
    /// <summary>Every visible observation of one metric on <paramref name="asOf"/> (null: today's knowledge), ordered by date.</summary>
    public IReadOnlyList<Observation> Observations(string metricId, DateOnly? asOf)
    {
        var (sql, args) = VisibleObservations("o.metric = $1", asOf, [metricId]);
        using var cmd = Command(
            sql + " SELECT metric, model, date, score, ci_low, ci_high, votes FROM visible ORDER BY date, model", args);
        using var r = cmd.ExecuteReader();
        var list = new List<Observation>();
        while (r.Read())
        {
            list.Add(new Observation(
                r.GetString(0), r.GetString(1), DateOnly.FromDateTime(r.GetDateTime(2)), r.GetDouble(3),
                r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetInt64(6)));
        }

        return list;
    }

    /// <summary>
    /// Every score of one metric by edition, as known on <paramref name="asOf"/>, for finding scale breaks: a snapshot
    /// metric's editions are its snapshot dates; a release-dated metric's are its imports (every edition, not only the
    /// latest), dated by retrieval, else by the last date they hold.
    /// </summary>
    public IReadOnlyList<EditionScore> EditionScores(string metricId, DateOnly? asOf) =>
        EditionScoresWhere(metricId, asOf).TryGetValue(metricId, out var list) ? list : [];

    /// <summary>As <see cref="EditionScores(string, DateOnly?)"/>, for every metric at once, by metric id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EditionScore>> EditionScores(DateOnly? asOf) => EditionScoresWhere(null, asOf);

    private Dictionary<string, IReadOnlyList<EditionScore>> EditionScoresWhere(string? metricId, DateOnly? asOf)
    {
        var args = new List<object?> { metricId };
        var filter = string.Empty;
        if (asOf is { } d)
        {
            args.Add(AsOfText(d));
            args.Add(Cutoff(d));
            filter = " AND (CASE WHEN i.retrieved_at IS NULL THEN o.date <= CAST($2 AS DATE) ELSE epoch(i.retrieved_at) < $3 END)";
        }

        using var cmd = Command($"""
            SELECT o.metric,
                   {EditionSql} AS edition,
                   o.model, o.score
            FROM observations o JOIN imports i ON i.id = o.import_id LEFT JOIN metrics mk ON mk.id = o.metric
            WHERE ($1 IS NULL OR o.metric = $1){filter}
            ORDER BY o.metric, edition, o.model
            """, [.. args]);
        using var r = cmd.ExecuteReader();
        var all = new Dictionary<string, IReadOnlyList<EditionScore>>(StringComparer.Ordinal);
        List<EditionScore>? list = null;
        string? current = null;
        while (r.Read())
        {
            var metric = r.GetString(0);
            if (metric != current)
            {
                current = metric;
                list = [];
                all[metric] = list;
            }

            list!.Add(new EditionScore(DateOnly.FromDateTime(r.GetDateTime(1)), r.GetString(2), r.GetDouble(3)));
        }

        return all;
    }

    /// <summary>Each model's first date on any snapshot metric, as known on <paramref name="asOf"/>, and the first such date of all.</summary>
    public FirstAppearances FirstAppearances(DateOnly? asOf)
    {
        var (sql, args) = VisibleObservations("coalesce(mk.kind, 'snapshot') = 'snapshot'", asOf, []);
        using var cmd = Command(sql + " SELECT model, min(date) FROM visible GROUP BY model", args);
        using var r = cmd.ExecuteReader();
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        while (r.Read())
        {
            dates[r.GetString(0)] = DateOnly.FromDateTime(r.GetDateTime(1));
        }

        return new FirstAppearances(dates, dates.Count == 0 ? DateOnly.MinValue : dates.Values.Min());
    }

    /// <summary>Every metric with its coverage as known on <paramref name="asOf"/>; with a date, metrics with nothing visible are left out.</summary>
    public IReadOnlyList<MetricSummary> Metrics(DateOnly? asOf)
    {
        var (sql, args) = VisibleObservations("TRUE", asOf, []);
        using var cmd = Command(sql + """
             SELECT m.id, m.name, m.kind, m.higher_is_better, m.unit, m.description,
                   min(v.date), max(v.date), count(DISTINCT v.model), count(v.model)
            FROM metrics m LEFT JOIN visible v ON v.metric = m.id
            GROUP BY ALL
            """ + (asOf is null ? string.Empty : " HAVING count(v.model) > 0") + " ORDER BY m.id", args);
        using var r = cmd.ExecuteReader();
        var list = new List<MetricSummary>();
        while (r.Read())
        {
            list.Add(new MetricSummary(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetString(4), r.GetString(5),
                DateOrNull(r, 6), DateOrNull(r, 7), r.GetInt64(8), r.GetInt64(9)));
        }

        return list;
    }

    /// <summary>Every model merged over the imports known on <paramref name="asOf"/> (file imports always count).</summary>
    public IReadOnlyList<StoredModel> Models(DateOnly? asOf)
    {
        if (asOf is null)
        {
            return Models();
        }

        using var cmd = Command(
            StoreSchema.ModelMergeCtes(AsOfImports) + """
                 SELECT key, name, organization, release_date, openness, source_country, hugging_face_id, openrouter_id
                FROM merged ORDER BY key
                """,
            Cutoff(asOf.Value));
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

    /// <summary>The catalog as known on <paramref name="asOf"/>.</summary>
    public IReadOnlyDictionary<string, CatalogModel> Catalog(CountryAttribution policy, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var catalog = new Dictionary<string, CatalogModel>(StringComparer.Ordinal);
        foreach (var m in Models(asOf))
        {
            var r = policy.Resolve(m.Organization, m.SourceCountry);
            catalog[m.Key] = new CatalogModel(m.Key, m.Name, r.Organization, r.Country, r.Rule, m.Openness, m.ReleaseDate);
        }

        return catalog;
    }

    /// <summary>The imports known on the date whose <see cref="Cutoff"/> is parameter <c>$1</c> (file imports always count).</summary>
    internal const string AsOfImports = "i.retrieved_at IS NULL OR epoch(i.retrieved_at) < $1";

    /// <summary>The first instant after <paramref name="asOf"/> (UTC), as Unix seconds: imports retrieved before it are visible.</summary>
    internal static double Cutoff(DateOnly asOf) =>
        new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    internal static string AsOfText(DateOnly asOf) => asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string Sql, object?[] Args) VisibleObservations(string where, DateOnly? asOf, object?[] args)
    {
        var list = args.ToList();
        var filter = string.Empty;
        if (asOf is { } d)
        {
            list.Add(AsOfText(d));
            var dateArg = list.Count;
            list.Add(Cutoff(d));
            filter = $" AND (CASE WHEN i.retrieved_at IS NULL THEN o.date <= CAST(${dateArg} AS DATE) ELSE epoch(i.retrieved_at) < ${dateArg + 1} END)";
        }

        // Release-dated metrics keep one edition per source: the latest visible import (by retrieval time, else import
        // order). An index re-scaled by a new edition must not let an older, higher-scaled score outlive it.
        var sql = $"""
            WITH visible AS (
                SELECT o.metric, o.model, o.date, o.score, o.ci_low, o.ci_high, o.votes,
                       coalesce(CAST(i.retrieved_at AS DATE), o.date) AS edition, i.id AS import_id
                FROM observations o JOIN imports i ON i.id = o.import_id LEFT JOIN metrics mk ON mk.id = o.metric
                WHERE {where}{filter}
                QUALIFY (i.retrieved_at IS NULL
                     OR row_number() OVER (PARTITION BY i.source_kind, o.metric, o.model, o.date ORDER BY i.retrieved_at DESC, i.id DESC) = 1)
                     AND (coalesce(mk.kind, 'snapshot') = 'snapshot'
                     OR i.id = first_value(i.id) OVER (PARTITION BY i.source_kind, o.metric ORDER BY i.retrieved_at DESC NULLS LAST, i.id DESC))
            )
            """;
        return (sql, list.ToArray());
    }
}
