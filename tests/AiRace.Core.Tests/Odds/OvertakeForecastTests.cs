using AiRace.Core.Odds;
using static AiRace.Core.Tests.Odds.TestSeries;

namespace AiRace.Core.Tests.Odds;

public sealed class OvertakeForecastTests
{
    private static readonly AiRace.Core.Analysis.FrontierSeries Leader =
        Release("US", [.. Enumerable.Range(0, 16).Select(i => (D("2022-01-01").AddMonths(2 * i).AddDays(i % 3).ToString("yyyy-MM-dd"), 100.0 + 4 * i + (i % 2), $"l{i}"))]);

    private static readonly AiRace.Core.Analysis.FrontierSeries Follower =
        Release("CN", [.. Enumerable.Range(0, 14).Select(i => (D("2022-02-10").AddMonths(2 * i).AddDays(i % 4).ToString("yyyy-MM-dd"), 80.0 + 5 * i + (i % 3), $"f{i}"))]);

    [Fact]
    public void A_forecast_has_a_definition_odds_that_grow_with_the_horizon_and_a_backtest()
    {
        var r = OvertakeForecast.Run(Leader, Follower, new ForecastOptions(D("2024-06-30"), [1, 3, 5], 20_000, 9) { BacktestPathsPerOrigin = 2_000 });

        Assert.Contains("strictly above", r.Definition, StringComparison.Ordinal);
        Assert.Contains("2024-06-30", r.Definition, StringComparison.Ordinal);
        Assert.Equal(3, r.Simulation.Horizons.Count);
        for (var k = 1; k < 3; k++)
        {
            Assert.True(r.Simulation.Horizons[k].PAnyTime >= r.Simulation.Horizons[k - 1].PAnyTime);
        }

        Assert.All(r.Simulation.Horizons, h => Assert.InRange(h.PAnyTime, 0, 1));
        Assert.NotNull(r.Backtest.Brier);
        Assert.NotEmpty(r.Assumptions);
    }

    [Fact]
    public void The_as_of_date_hides_later_data()
    {
        var early = OvertakeForecast.Run(Leader, Follower, new ForecastOptions(D("2023-06-30"), [1], 5_000, 9) { BacktestPathsPerOrigin = 1_000 });
        Assert.True(early.Leader.History.Records[^1].Date <= D("2023-06-30"));
        Assert.True(early.Follower.Advances.All(a => a.Date <= D("2023-06-30")));
    }

    [Fact]
    public void References_sit_beside_the_model_probability_of_the_closest_definition_and_horizon()
    {
        var sim = new OvertakeSimulation(
            [
                new HorizonOdds(1, 0.1, new(0.05, 0.2), 0.01, 0.05, new(0.01, 0.1), 0.01, 8),
                new HorizonOdds(5, 0.4, new(0.3, 0.5), 0.01, 0.3, new(0.2, 0.4), 0.01, 2),
            ],
            [], 1000, 1, 1000, 0, 1);
        ReferenceProbability[] refs =
        [
            new("A", D("2025-01-01"), "under 20% in 4 years", null, 0.2, "overtake-at-horizon", 4, "https://example.org/a"),
            new("B", D("2025-01-01"), "likely within a year", 0.6, null, "overtake-any-time", 1, "https://example.org/b"),
            new("C", D("2025-01-01"), "months behind", null, null, "gap-statement", null, "https://example.org/c"),
        ];
        var rows = ReferenceComparison.Compare(refs, sim);

        Assert.Equal(0.3, rows[0].ModelProbability);
        Assert.Equal(5, rows[0].ModelHorizonYears);
        Assert.Equal("overtake-at-horizon", rows[0].ModelDefinition);
        Assert.Equal(0.1, rows[1].ModelProbability);
        Assert.Null(rows[2].ModelProbability);
    }
}
