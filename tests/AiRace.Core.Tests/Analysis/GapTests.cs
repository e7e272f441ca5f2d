using AiRace.Core.Analysis;
using static AiRace.Core.Tests.Analysis.AnalysisFixture;

namespace AiRace.Core.Tests.Analysis;

public sealed class GapTests
{
    [Fact]
    public void Gap_is_A_minus_B_in_metric_units_and_percent_of_A_with_the_holding_models()
    {
        // Given a snapshot with US 1250 (u2 beats u1) and CN 1200
        var (us, cn) = Pair(Snapshot, ("US", "u1", "2024-01-01", 1240), ("US", "u2", "2024-01-01", 1250), ("CN", "c1", "2024-01-01", 1200));

        var p = Assert.Single(Gap.Compute(us, cn).Points);

        // 1250 − 1200 = 50; 50 / 1250 × 100 = 4
        Assert.Equal(50, p.Gap, 9);
        Assert.Equal(4, p.GapPercent!.Value, 9);
        Assert.Equal("u2", p.A.ModelKey);
        Assert.Equal("c1", p.B.ModelKey);
    }

    [Fact]
    public void A_snapshot_date_where_one_group_is_missing_is_skipped()
    {
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u", "2024-01-01", 1200), ("CN", "c", "2024-01-01", 1100),
            ("US", "u", "2024-02-01", 1210),
            ("US", "u", "2024-03-01", 1220), ("CN", "c", "2024-03-01", 1150));

        var dates = Gap.Compute(us, cn).Points.Select(p => p.Date).ToList();

        Assert.Equal([D("2024-01-01"), D("2024-03-01")], dates);
    }

    [Fact]
    public void Ties_give_a_zero_gap_and_never_count_as_a_lead_change()
    {
        // US ahead, then level, then ahead again: no lead change.
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u", "2024-01-01", 1200), ("CN", "c", "2024-01-01", 1100),
            ("US", "u", "2024-02-01", 1150), ("CN", "c", "2024-02-01", 1150),
            ("US", "u", "2024-03-01", 1300), ("CN", "c", "2024-03-01", 1250));

        var series = Gap.Compute(us, cn);

        Assert.Equal(0, series.Points[1].Gap);
        Assert.Empty(series.LeadChanges);
    }

    [Fact]
    public void A_lead_change_is_the_date_the_sign_flips_even_across_a_tie()
    {
        // US ahead on Jan 1, level on Feb 1, CN ahead on Mar 1, CN ahead on Apr 1, US ahead on May 1.
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u", "2024-01-01", 1200), ("CN", "c", "2024-01-01", 1100),
            ("US", "u", "2024-02-01", 1150), ("CN", "c", "2024-02-01", 1150),
            ("US", "u", "2024-03-01", 1150), ("CN", "c", "2024-03-01", 1160),
            ("US", "u", "2024-04-01", 1150), ("CN", "c", "2024-04-01", 1170),
            ("US", "u", "2024-05-01", 1300), ("CN", "c", "2024-05-01", 1170));

        var changes = Gap.Compute(us, cn).LeadChanges;

        Assert.Equal(2, changes.Count);
        Assert.Equal(D("2024-03-01"), changes[0].Date);
        Assert.Equal(Cn, changes[0].Leader);
        Assert.Equal(Us, changes[0].PreviousLeader);
        Assert.Equal(D("2024-01-01"), changes[0].PreviousDate);
        Assert.Equal(-10, changes[0].Gap, 9);
        Assert.Equal(D("2024-05-01"), changes[1].Date);
        Assert.Equal(Us, changes[1].Leader);
    }

    [Fact]
    public void Release_dated_gap_is_evaluated_on_the_union_of_change_dates_once_both_groups_exist()
    {
        // US releases 60 (Jan), 70 (Apr); CN releases 50 (Feb), 65 (Mar), a weaker 40 (May, not a change).
        var (us, cn) = Pair(
            Released,
            ("US", "u1", "2024-01-10", 60), ("US", "u2", "2024-04-10", 70),
            ("CN", "c1", "2024-02-10", 50), ("CN", "c2", "2024-03-10", 65), ("CN", "c3", "2024-05-10", 40));

        var points = Gap.Compute(us, cn).Points;

        // Jan 10: CN has nothing yet, skipped. Feb 10: 60−50. Mar 10: 60−65. Apr 10: 70−65.
        Assert.Equal([D("2024-02-10"), D("2024-03-10"), D("2024-04-10")], points.Select(p => p.Date));
        Assert.Equal([10.0, -5.0, 5.0], points.Select(p => p.Gap));
        Assert.Equal("u1", points[1].A.ModelKey);
        Assert.Equal(2, Gap.Compute(us, cn).LeadChanges.Count);
    }

    [Fact]
    public void A_window_keeps_only_the_dates_inside_it_and_at_or_before_finds_the_last_point()
    {
        var (us, cn) = Pair(
            Snapshot,
            ("US", "u", "2024-01-01", 1200), ("CN", "c", "2024-01-01", 1100),
            ("US", "u", "2024-02-01", 1210), ("CN", "c", "2024-02-01", 1120),
            ("US", "u", "2024-03-01", 1220), ("CN", "c", "2024-03-01", 1150));

        var windowed = Gap.Compute(us, cn, new DateWindow(D("2024-02-01"), D("2024-02-28")));
        var all = Gap.Compute(us, cn);

        Assert.Equal([D("2024-02-01")], windowed.Points.Select(p => p.Date));
        Assert.Equal(D("2024-02-01"), all.AtOrBefore(D("2024-02-27"))!.Date);
        Assert.Null(all.AtOrBefore(D("2023-12-31")));
    }

    [Fact]
    public void A_single_observation_per_group_gives_one_point_and_no_lead_change()
    {
        var (us, cn) = Pair(Released, ("US", "u", "2024-01-01", 80), ("CN", "c", "2024-06-01", 90));

        var series = Gap.Compute(us, cn);

        var p = Assert.Single(series.Points);
        Assert.Equal(D("2024-06-01"), p.Date);
        Assert.Equal(-10, p.Gap, 9);
        Assert.Equal(-12.5, p.GapPercent!.Value, 9);
        Assert.Empty(series.LeadChanges);
    }

    [Fact]
    public void Groups_that_never_overlap_give_no_points()
    {
        var (us, cn) = Pair(Snapshot, ("US", "u", "2024-01-01", 1200), ("CN", "c", "2024-02-01", 1100));

        Assert.Empty(Gap.Compute(us, cn).Points);
        Assert.Null(Gap.Compute(us, cn).Latest);
    }
}
