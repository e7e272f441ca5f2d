using AiRace.Core.Analysis;
using static AiRace.Core.Tests.Analysis.AnalysisFixture;

namespace AiRace.Core.Tests.Analysis;

public sealed class MonthsBehindTests
{
    private const double Month = 365.25 / 12;

    [Fact]
    public void Months_behind_is_the_days_since_the_leader_first_reached_the_followers_level_over_365_25_by_12()
    {
        // US reaches 80 on Jan 1 and 90 on Jul 1; CN reaches 80 on Apr 1.
        var (us, cn) = Pair(Released, ("US", "u1", "2024-01-01", 80), ("US", "u2", "2024-07-01", 90), ("CN", "c1", "2024-04-01", 80));

        var series = HorizontalBehind.Series(us, cn, DateWindow.All);

        // Apr 1 − Jan 1 = 91 days; Jul 1 − Jan 1 = 182 days (2024 is a leap year).
        Assert.Equal([D("2024-04-01"), D("2024-07-01")], series.Points.Select(p => p.Date));
        Assert.Equal(91 / Month, series.Points[0].MonthsBehind!.Value, 9);
        Assert.Equal(182 / Month, series.Points[1].MonthsBehind!.Value, 9);
        Assert.Equal("u1", series.Points[1].LeaderMatch!.ModelKey);
        Assert.Equal(D("2024-01-01"), series.Points[1].LeaderMatch!.Date);
        Assert.Equal(Cn, series.Points[1].Follower);
        Assert.Equal("c1", series.Points[1].FollowerPoint.ModelKey);
    }

    [Fact]
    public void When_the_follower_is_ahead_the_distance_is_measured_the_other_way_and_negative()
    {
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u", "2024-01-01", 1200), ("CN", "c0", "2024-01-01", 1150),
            ("US", "u", "2024-02-01", 1205), ("CN", "c1", "2024-02-01", 1215),
            ("US", "u", "2024-03-01", 1210), ("CN", "c1", "2024-03-01", 1250));

        var points = HorizontalBehind.Series(us, cn, DateWindow.All).Points;

        // Mar 1: CN ahead; on that board the earliest-released CN model rated at least US's 1210 is c1, first seen Feb 1:
        // 29 days, reported negative.
        var march = points[2];
        Assert.Equal(-29 / Month, march.MonthsBehind!.Value, 9);
        Assert.Equal(Us, march.Follower);
        Assert.Equal(Cn, march.Leader);
        Assert.Equal(D("2024-02-01"), march.LeaderMatch!.Date);

        // Feb 1: CN ahead with c1, released that same day: 0, not −0.
        Assert.Equal(0.0, points[1].MonthsBehind);
        Assert.False(double.IsNegative(points[1].MonthsBehind!.Value));
    }

    [Fact]
    public void A_level_the_leader_never_reached_by_that_date_is_null_and_counted()
    {
        // CN releases before any US model: on Jan 1 the US has no frontier, so CN's level is not matched.
        var (us, cn) = Pair(Released, ("CN", "c", "2024-01-01", 70), ("US", "u", "2024-02-01", 60));

        var series = HorizontalBehind.Series(us, cn, DateWindow.All);

        Assert.Null(series.Points[0].MonthsBehind);
        Assert.Null(series.Points[0].LeaderMatch);
        Assert.Equal(1, series.NeverMatched);

        // Feb 1: CN ahead (70 > 60); CN first reached 60 on Jan 1: 31 days, negative.
        Assert.Equal(-31 / Month, series.Points[1].MonthsBehind!.Value, 9);
    }

    [Fact]
    public void A_snapshot_where_the_leader_is_missing_is_never_matched_and_the_next_is_measured_on_its_own_board()
    {
        // Feb 1: the US is missing from the board; it never reached CN's 1150 before, and reaches it only on Mar 1.
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u", "2024-01-01", 1100), ("CN", "c", "2024-01-01", 1050),
            ("CN", "c", "2024-02-01", 1150),
            ("US", "u", "2024-03-01", 1200), ("CN", "c", "2024-03-01", 1160));

        var points = HorizontalBehind.Series(us, cn, DateWindow.All).Points;

        Assert.Equal(D("2024-02-01"), points[1].Date);
        Assert.Null(points[1].MonthsBehind);

        // Mar 1: on that board the US model rated at least 1160 is u, first seen on the data's first board (Jan 1): 60 days,
        // and only a lower bound, since u may be older than the data.
        Assert.Equal(60 / Month, points[2].MonthsBehind!.Value, 9);
        Assert.True(points[2].LowerBound);
        Assert.Equal(ReleaseDateSource.FirstAppearance, points[2].ReleaseDateSource);
    }

    [Fact]
    public void A_tie_counts_from_the_first_date_the_leader_reached_the_level()
    {
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u", "2024-01-01", 1160), ("CN", "c", "2024-01-01", 1100),
            ("US", "u", "2024-02-01", 1150), ("CN", "c", "2024-02-01", 1150));

        var tie = HorizontalBehind.Series(us, cn, DateWindow.All).Points[1];

        Assert.Equal(31 / Month, tie.MonthsBehind!.Value, 9);
        Assert.Equal(Cn, tie.Follower);
    }

    [Fact]
    public void A_single_observation_per_group_on_the_same_day_is_zero_months()
    {
        var (us, cn) = Pair(Released, ("US", "u", "2024-05-05", 80), ("CN", "c", "2024-05-05", 75));

        var p = Assert.Single(HorizontalBehind.Series(us, cn, DateWindow.All).Points);

        Assert.Equal(0.0, p.MonthsBehind);
        Assert.Equal(0.0, HorizontalBehind.Series(us, cn, DateWindow.All).Summary.Current);
    }

    [Fact]
    public void The_summary_gives_mean_median_min_max_of_the_values_and_the_last_value_as_current()
    {
        // CN reaches 80 on Apr 1 and 85 on Oct 1; US reaches 80 on Jan 1 and 90 on Jul 1.
        var (us, cn) = Pair(
            Released,
            ("US", "u1", "2024-01-01", 80), ("US", "u2", "2024-07-01", 90),
            ("CN", "c1", "2024-04-01", 80), ("CN", "c2", "2024-10-01", 85));

        var s = HorizontalBehind.Series(us, cn, new DateWindow(D("2024-02-01"), null)).Summary;

        // Averaged over days: Apr 1–Jun 30 the lag grows from 91 to 181 days (80 reached Jan 1); Jul 1–Sep 30 from 182 to 273
        // (CN still at 80); Oct 1, the window's end, 92 (85 reached Jul 1). 184 days, sum 91+…+273 + 92 = 33,398 days.
        Assert.Equal(184, s.Days);
        Assert.Equal(33398 / 184.0 / Month, s.Mean!.Value, 9);
        Assert.Equal(181.5 / Month, s.Median!.Value, 9);
        Assert.Equal(91 / Month, s.Min!.Value, 9);
        Assert.Equal(273 / Month, s.Max!.Value, 9);
        Assert.Equal(92 / Month, s.Current!.Value, 9);
        Assert.Equal(0, s.LowerBounds);
    }

    [Fact]
    public void An_empty_series_has_an_all_null_summary()
    {
        var (us, cn) = Pair(Released, ("US", "u", "2024-01-01", 80));

        var s = HorizontalBehind.Series(us, cn, DateWindow.All).Summary;

        Assert.Equal(new BehindSummary(null, null, null, null, null, 0, false, 0), s);
    }

    [Fact]
    public void An_unknown_method_is_a_usage_error_naming_it_and_listing_the_methods()
    {
        var ex = Assert.Throws<AiRaceException>(() => BehindMethods.Find("vertical"));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains("'vertical'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("horizontal", ex.Message, StringComparison.Ordinal);
        Assert.IsType<HorizontalBehind>(BehindMethods.Find(null));
    }
}
