using AiRace.Core.Analysis;
using AiRace.Core.Odds;
using MathNet.Numerics.Distributions;
using static AiRace.Core.Tests.Odds.TestSeries;

namespace AiRace.Core.Tests.Odds;

public sealed class GapTrendTests
{
    [Theory]
    [InlineData(12.0, TrendVerdict.Widening)]
    [InlineData(-12.0, TrendVerdict.Narrowing)]
    [InlineData(0.0, TrendVerdict.NoSignificantChange)]
    public void The_verdict_follows_the_sign_of_a_clear_slope(double slopePerYear, TrendVerdict expected)
    {
        var series = Noisy(slopePerYear, 0, 60, 2.0, 5);
        var est = TrendAnalysis.Estimate("points", "pts", series, 1);

        Assert.Equal(expected, est.Verdict);
        Assert.True(est.Ci90.Low <= est.SlopePerYear && est.SlopePerYear <= est.Ci90.High);
        Assert.InRange(est.SlopePerYear, slopePerYear - 4, slopePerYear + 4);
    }

    [Fact]
    public void The_block_length_is_the_cube_root_rounded_up()
    {
        Assert.Equal(3, MovingBlockBootstrap.BlockLength(27));
        Assert.Equal(4, MovingBlockBootstrap.BlockLength(28));
        Assert.Equal(1, MovingBlockBootstrap.BlockLength(1));
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval()
    {
        var series = Noisy(3, 0, 40, 5, 9);
        Assert.Equal(TrendAnalysis.Estimate("p", "u", series, 4).Ci90, TrendAnalysis.Estimate("p", "u", series, 4).Ci90);
    }

    [Fact]
    public void A_change_of_slope_is_found_at_its_date()
    {
        // Flat for 30 months, then rising 20 points a year: one change point at month 30.
        var start = D("2022-01-01");
        var series = Enumerable.Range(0, 60)
            .Select(i => (start.AddMonths(i), (i < 30 ? 0.0 : (i - 30) * 20.0 / 12) + Wiggle(i)))
            .ToList();
        var est = TrendAnalysis.Estimate("points", "pts", series, 1);

        var cp = Assert.Single(est.ChangePoints);
        Assert.InRange(cp.Date, start.AddMonths(28), start.AddMonths(32));
        Assert.InRange(cp.SlopeBefore, -2, 2);
        Assert.InRange(cp.SlopeAfter, 17, 23);
    }

    [Fact]
    public void A_straight_line_has_no_change_point()
    {
        var series = Noisy(5, 0, 48, 1, 3);
        Assert.Empty(TrendAnalysis.Estimate("points", "pts", series, 1).ChangePoints);
    }

    [Fact]
    public void Too_few_dates_is_a_usage_error_that_says_how_many_are_needed()
    {
        var ex = Assert.Throws<AiRaceException>(() => TrendAnalysis.Estimate("points", "pts", Noisy(1, 0, 4, 1, 1), 1));
        Assert.Contains("at least 6", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_dated_gaps_are_sampled_monthly_and_snapshot_gaps_on_common_dates()
    {
        var leader = Release("US", ("2024-01-15", 100, "a"), ("2024-05-01", 110, "b"));
        var follower = Release("CN", ("2024-02-10", 90, "x"));
        var gaps = Gap.Compute(leader, follower, new DateWindow(null, D("2024-06-30")), GapGrid.Monthly).Points;
        Assert.Equal([D("2024-03-01"), D("2024-04-01"), D("2024-05-01"), D("2024-06-01")], gaps.Select(g => g.Date));
        Assert.Equal([10.0, 10, 20, 20], gaps.Select(g => g.Lead));

        var sl = Snapshot("US", ("2024-01-01", 1300, "a"), ("2024-01-08", 1302, "a"), ("2024-01-15", 1305, "b"));
        var sf = Snapshot("CN", ("2024-01-08", 1290, "x"), ("2024-01-15", 1299, "x"));
        Assert.Equal([12.0, 6], Gap.Compute(sl, sf, null, GapGrid.Monthly).Points.Select(g => g.Lead));
    }

    [Fact]
    public void The_full_analysis_reports_both_measures_and_three_methods()
    {
        var leader = Release("US", [.. Enumerable.Range(0, 30).Select(i => (D("2023-01-01").AddMonths(i).ToString("yyyy-MM-dd"), 100.0 + 2 * i, $"l{i}"))]);
        var follower = Release("CN", [.. Enumerable.Range(0, 30).Select(i => (D("2023-01-01").AddMonths(i).AddDays(3).ToString("yyyy-MM-dd"), 90.0 + 2.5 * i, $"f{i}"))]);
        var result = GapTrendAnalysis.Run(leader, follower, null, D("2025-06-01"));

        Assert.Equal(TrendVerdict.Narrowing, result.Verdict);
        Assert.NotNull(result.MonthsBehind);
        Assert.Equal(TrendVerdict.Narrowing, result.MonthsBehind!.Verdict);
        Assert.Equal(3, result.MonthsBehindMethods.Count);
    }

    private static List<(DateOnly, double)> Noisy(double slopePerYear, double intercept, int months, double sd, int seed)
    {
        var rng = new Random(seed);
        var start = D("2022-01-01");
        return [.. Enumerable.Range(0, months).Select(i => (start.AddMonths(i), intercept + slopePerYear * i / 12.0 + Normal.Sample(rng, 0, sd)))];
    }

    private static double Wiggle(int i) => 0.3 * Math.Sin(i * 1.7);
}
