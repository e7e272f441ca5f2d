using AiRace.Core.Odds;
using AiRace.Testing;

namespace AiRace.Core.Tests.Odds;

public sealed class ReferenceComparisonTests
{
    private static readonly IReadOnlyList<Race> Races = SimulatedRaces.Generate(60, 60, 13);
    private static readonly PooledBacktestResult Backtest = PooledBacktest.Run(Races, new PooledBacktestOptions(1, 300));

    [Fact]
    public void Each_reference_is_read_on_its_own_window_metric_and_comparison()
    {
        var race = Races.First(r => r.A.Points[^1].Score > r.B.Points[^1].Score);
        var f = OvertakeForecast.Run(Races, race, new ForecastOptions(race.DataEnd, [1, 5], 4_000, 2), Backtest);
        var end = race.DataEnd.AddMonths(6);
        ReferenceProbability R(string definition, DateOnly? endDate = null, string? metric = null, string comparison = ReferenceProbability.StrictlyAbove) =>
            new("who", race.DataEnd.AddMonths(-1), "s", 0.1, 0.2, definition, null, "https://x.org") { EndDate = endDate, Metric = metric, Comparison = comparison };

        var rows = ReferenceComparison.Compare(
            [R("overtake-any-time", end), R("overtake-any-time", race.DataEnd.AddDays(-1)), R("overtake-any-time", end, "other-metric"),
             R("overtake-any-time", end, comparison: ReferenceProbability.AtLeast), R("frontier-lab", end)],
            f, SimulatedRaces.Metric.Id);

        Assert.Equal(f.AnyTimeAt(MonthsMath.Between(race.DataEnd, end)), rows[0].ModelProbability);
        Assert.Contains("strictly above", rows[0].ModelDefinition, StringComparison.Ordinal);
        Assert.Null(rows[1].ModelProbability);
        Assert.Contains("ended", rows[1].Note, StringComparison.Ordinal);
        Assert.Null(rows[2].ModelProbability);
        Assert.Contains("forecast on other-metric", rows[2].Note, StringComparison.Ordinal);
        Assert.Equal(rows[0].ModelProbability, rows[3].ModelProbability);
        Assert.Contains("ties", rows[3].Note, StringComparison.Ordinal);
        Assert.Null(rows[4].ModelProbability);
        Assert.Contains("different question", rows[4].Note, StringComparison.Ordinal);
    }
}
