using System.Globalization;
using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Tiny hand-written metrics, catalogs and observations for the analysis tests.</summary>
internal static class AnalysisFixture
{
    public static Metric Snapshot { get; } = new("snap", "Snapshot board", MetricKind.Snapshot, true, "Elo", "test");

    public static Metric Released { get; } = new("rel", "Release-dated benchmark", MetricKind.ReleaseDated, true, "%", "test");

    public static GroupSpec Us { get; } = GroupSpec.Parse("US");

    public static GroupSpec Cn { get; } = GroupSpec.Parse("CN");

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>US and CN frontiers from rows (country, model, date, score); each model's country is its row's.</summary>
    public static (FrontierSeries Us, FrontierSeries Cn) Pair(Metric metric, params (string Country, string Model, string Date, double Score)[] rows)
    {
        var catalog = new Dictionary<string, CatalogModel>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            catalog[r.Model] = new CatalogModel(r.Model, r.Model, "Lab " + r.Country, r.Country, AttributionRule.Source, Openness.Open, null);
        }

        var observations = rows.Select(r => new Observation(metric.Id, r.Model, D(r.Date), r.Score)).ToList();
        return (Frontier.Compute(metric, observations, catalog, Us), Frontier.Compute(metric, observations, catalog, Cn));
    }
}
