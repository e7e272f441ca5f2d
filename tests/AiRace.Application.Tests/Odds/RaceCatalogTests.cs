using System.Globalization;
using AiRace.Application.Odds;
using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Application.Tests.Odds;

public sealed class RaceCatalogTests
{
    private static readonly Metric Long = new("long", "Long", MetricKind.ReleaseDated, true, "pts", "24 months");
    private static readonly Metric Short = new("short", "Short", MetricKind.ReleaseDated, true, "pts", "6 months");

    // Seven labs: six with 6 models, one (G) with 2; countries US (A, B, C), CN (D, E), FR (F), KR (G); open: D, E, F.
    private static readonly (string Lab, string Country, Openness Openness, int Models)[] Labs =
    [
        ("A", "US", Openness.Closed, 6), ("B", "US", Openness.Closed, 6), ("C", "US", Openness.Closed, 6),
        ("D", "CN", Openness.Open, 6), ("E", "CN", Openness.Open, 6), ("F", "FR", Openness.Open, 6), ("G", "KR", Openness.Open, 2),
    ];

    private static InMemoryRaceSource Source()
    {
        var catalog = new Dictionary<string, CatalogModel>(StringComparer.Ordinal);
        var observations = new List<Observation>();
        var start = new DateOnly(2023, 1, 1);
        foreach (var (lab, country, openness, models) in Labs)
        {
            for (var i = 0; i < models; i++)
            {
                var key = $"{lab}-{i.ToString(CultureInfo.InvariantCulture)}";
                var date = start.AddMonths(4 * i + lab[0] - 'A');
                catalog[key] = new CatalogModel(key, key, lab, country, AttributionRule.Override, openness, date);
                observations.Add(new Observation(Long.Id, key, date, 50 + 5 * i + (lab[0] - 'A')));
                if (i < 2)
                {
                    observations.Add(new Observation(Short.Id, key, start.AddMonths(3 * i), 10 + i));
                }
            }
        }

        return new InMemoryRaceSource([Long, Short], observations, catalog);
    }

    [Fact]
    public void Races_pair_the_top_countries_open_and_closed_and_the_top_labs_on_metrics_with_enough_history()
    {
        var races = RaceCatalog.Build(Source());

        Assert.All(races, r => Assert.Equal(Long.Id, r.MetricId)); // the short metric has 3 months of data
        var ids = races.Select(r => r.Id).ToHashSet();
        Assert.Contains(Race.Name(Long.Id, "CN", "US"), ids);
        Assert.Contains(Race.Name(Long.Id, "closed", "open"), ids);
        Assert.Contains(Race.Name(Long.Id, "lab:A", "lab:F"), ids);
        Assert.DoesNotContain(ids, id => id.Contains("lab:G", StringComparison.Ordinal) || id.Contains("KR", StringComparison.Ordinal));
        // 3 country pairs (US, CN, FR), 15 lab pairs (A..F), 1 openness pair.
        Assert.Equal(3 + 15 + 1, races.Count);
        Assert.Equal(3, races.Count(r => r.Kind == GroupKind.Country));
        Assert.All(races, r => Assert.Equal(new DateOnly(2023, 1, 1).AddMonths(25), r.DataEnd));
    }

    [Fact]
    public void A_required_race_is_added_and_each_series_is_computed_once()
    {
        var source = Source();
        var races = RaceCatalog.Build(source, [(Long, GroupSpec.Parse("lab:G"), GroupSpec.Parse("lab:A"))]);

        var g = Assert.Single(races, r => r.Id == Race.Name(Long.Id, "lab:A", "lab:G"));
        Assert.Equal("lab:G", g.A.Group.Label);
        // 3 countries + 2 openness values + 6 labs for the pooled races, and lab:G for the required one: lab:A is reused.
        Assert.Equal(3 + 2 + 6 + 1, source.SeriesCalls);
    }

    [Fact]
    public void The_forecast_use_case_answers_with_the_bundled_references_beside_it()
    {
        var source = Source();
        var result = ForecastUseCase.Run(source, new ForecastQuery(Long, GroupSpec.Parse("US"), GroupSpec.Parse("CN"), null, [1]) { Paths = 2_000, BacktestPaths = 200 });

        Assert.Equal(Race.Name(Long.Id, "US", "CN"), result.Forecast.RaceId);
        Assert.Equal(ReferenceProbabilities.Bundled().Count, result.References.Count);
        Assert.Equal(new DateOnly(2023, 1, 1).AddMonths(25), result.Forecast.From);
        // The one-sentence headline appears exactly when no model is printed.
        Assert.Equal(result.Forecast.Model is null, result.Forecast.NoModelSentence is not null);
        Assert.Equal(result.Forecast.Backtest.Races, RaceCatalog.Build(Source()).Count);
    }
}
