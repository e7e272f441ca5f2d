using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using static AiRace.Core.Tests.Analysis.AnalysisFixture;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Months behind stays on one scale: within each snapshot, with release dates, bounds and day-weighted summaries.</summary>
public sealed class ScaleTrueBehindTests
{
    private const double Month = 365.25 / 12;

    [Fact]
    public void On_a_snapshot_the_lag_is_measured_from_the_earliest_released_leader_model_rated_at_least_the_follower_on_that_board()
    {
        // The scale drifts: on the June board u-old rates 1190 (it rated 1210 in January). CN's 1180 in June is matched by
        // u-old (first seen Jan 1) on the June board, not by a January score of another scale.
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u-old", "2024-01-01", 1210), ("CN", "c", "2024-01-01", 1100),
            ("US", "u-old", "2024-03-01", 1200), ("US", "u-new", "2024-03-01", 1230), ("CN", "c", "2024-03-01", 1120),
            ("US", "u-old", "2024-06-01", 1170), ("US", "u-new", "2024-06-01", 1220), ("CN", "c2", "2024-06-01", 1180));

        var june = HorizontalBehind.At(us, cn, D("2024-06-01"))!;

        // Only u-new (first seen Mar 1) rates at least 1180 on the June board: 92 days.
        Assert.Equal(92 / Month, june.MonthsBehind!.Value, 9);
        Assert.Equal("u-new", june.LeaderMatch!.ModelKey);
        Assert.Equal(D("2024-03-01"), june.LeaderMatch.Date);
        Assert.False(june.LowerBound);
        Assert.Equal(ReleaseDateSource.FirstAppearance, june.ReleaseDateSource);
    }

    [Fact]
    public void A_catalog_release_date_earlier_than_the_first_appearance_is_used_and_named()
    {
        var catalog = new Dictionary<string, CatalogModel>(StringComparer.Ordinal)
        {
            ["u"] = new("u", "u", "Lab", "US", AttributionRule.Source, Openness.Closed, D("2023-11-15")),
            ["c"] = new("c", "c", "Lab", "CN", AttributionRule.Source, Openness.Open, null),
        };
        Observation[] obs = [new("snap", "u", D("2024-01-01"), 1200), new("snap", "c", D("2024-01-01"), 1100), new("snap", "u", D("2024-02-01"), 1200), new("snap", "c", D("2024-02-01"), 1150)];
        var us = Frontier.Compute(Snapshot, obs, catalog, Us);
        var cn = Frontier.Compute(Snapshot, obs, catalog, Cn);

        var feb = HorizontalBehind.At(us, cn, D("2024-02-01"))!;

        Assert.Equal((D("2024-02-01").DayNumber - D("2023-11-15").DayNumber) / Month, feb.MonthsBehind!.Value, 9);
        Assert.Equal(ReleaseDateSource.Catalog, feb.ReleaseDateSource);
        Assert.False(feb.LowerBound);
    }

    [Fact]
    public void A_release_dated_match_on_the_leaders_first_point_above_the_level_is_a_lower_bound_left_out_of_the_summary()
    {
        // The US's first observation (Jan 1, 90) is already above CN's 80: the level was reached before the data starts.
        var (us, cn) = Pair(Released, ("US", "u1", "2024-01-01", 90), ("CN", "c1", "2024-03-01", 80), ("CN", "c2", "2024-05-01", 95), ("US", "u2", "2024-07-01", 100));

        var series = HorizontalBehind.Series(us, cn, new DateWindow(null, D("2024-07-01")));

        var march = series.Points.Single(p => p.Date == D("2024-03-01"));
        Assert.True(march.LowerBound);
        Assert.Equal(60 / Month, march.MonthsBehind!.Value, 9);
        Assert.Equal(1, series.Summary.LowerBounds);

        // May 1: CN (95) is ahead of the US (90), and reached 90 that day: 0. The summary averages the days from May 1 only
        // (March's bound is out).
        var may = series.Points.Single(p => p.Date == D("2024-05-01"));
        Assert.Equal(0.0, may.MonthsBehind);
        Assert.Equal(D("2024-07-01").DayNumber - D("2024-05-01").DayNumber + 1, series.Summary.Days);
    }

    [Fact]
    public void The_release_dated_current_value_is_read_at_the_windows_end_not_at_the_last_change()
    {
        var (us, cn) = Pair(Released, ("US", "u1", "2024-01-01", 80), ("US", "u2", "2024-04-01", 90), ("CN", "c1", "2024-03-01", 85));

        var s = HorizontalBehind.Series(us, cn, new DateWindow(null, D("2024-06-30"))).Summary;

        // CN's 85 was first reached by the US on Apr 1: on Jun 30 that is 90 days.
        Assert.Equal(90 / Month, s.Current!.Value, 9);
    }

    [Fact]
    public void First_match_says_one_pair_decides_it_when_leaving_out_one_leader_model_moves_the_median()
    {
        // Four leader models matched after 1, 2, 20 and 30 months: the Kaplan–Meier median is 2 months, and leaving out the
        // 1-month pair moves it to 20.
        var leader = Frontier.Compute(
            Released,
            [new("rel", "a", D("2022-01-01"), 10), new("rel", "b", D("2022-02-01"), 20), new("rel", "c", D("2022-03-01"), 30), new("rel", "d", D("2022-04-01"), 40)],
            new Dictionary<string, CatalogModel>(StringComparer.Ordinal)
            {
                ["a"] = new("a", "a", "L", "US", AttributionRule.Source, Openness.Closed, null),
                ["b"] = new("b", "b", "L", "US", AttributionRule.Source, Openness.Closed, null),
                ["c"] = new("c", "c", "L", "US", AttributionRule.Source, Openness.Closed, null),
                ["d"] = new("d", "d", "L", "US", AttributionRule.Source, Openness.Closed, null),
            },
            Us);
        var follower = Frontier.Compute(
            Released,
            [new("rel", "x1", D("2022-02-01"), 10), new("rel", "x2", D("2022-04-01"), 20), new("rel", "x3", D("2023-11-01"), 30), new("rel", "x4", D("2024-10-01"), 40)],
            new Dictionary<string, CatalogModel>(StringComparer.Ordinal)
            {
                ["x1"] = new("x1", "x1", "L", "CN", AttributionRule.Source, Openness.Open, null),
                ["x2"] = new("x2", "x2", "L", "CN", AttributionRule.Source, Openness.Open, null),
                ["x3"] = new("x3", "x3", "L", "CN", AttributionRule.Source, Openness.Open, null),
                ["x4"] = new("x4", "x4", "L", "CN", AttributionRule.Source, Openness.Open, null),
            },
            Cn);

        var e = BehindMethods.Find("first-match").Estimate(leader, follower, new MonthsBehindOptions(D("2025-01-01"), Tolerance: 0));

        Assert.Equal(0, e.Censored);
        Assert.Null(e.Months);
        Assert.StartsWith("one pair decides it", e.NotEstimable, StringComparison.Ordinal);
    }

    [Fact]
    public void First_match_and_threshold_refuse_a_snapshot_metric_whose_scale_drifts()
    {
        var (us, cn) = Pair(Snapshot, ("US", "u", "2024-01-01", 1200), ("CN", "c", "2024-01-01", 1100), ("US", "u", "2024-02-01", 1210), ("CN", "c2", "2024-02-01", 1220));

        foreach (var name in new[] { "first-match", "threshold" })
        {
            var e = BehindMethods.Find(name).Estimate(us, cn, new MonthsBehindOptions(D("2024-02-01")));
            Assert.Null(e.Months);
            Assert.Equal(AnalysisDefinitions.CrossSnapshotRefusal, e.NotEstimable);
        }

        Assert.NotNull(BehindMethods.Find("horizontal").Estimate(us, cn, new MonthsBehindOptions(D("2024-02-01"))).Months);
    }
}
