using AiRace.Core.Analysis;
using AiRace.Core.Odds;
using static AiRace.Core.Tests.Odds.TestSeries;

namespace AiRace.Core.Tests.Odds;

public sealed class RaceTimelineTests
{
    private static readonly FrontierSeries A = Release("lab:A", ("2024-01-10", 100, "a0"), ("2024-02-10", 110, "a1"), ("2024-03-10", 120, "a2"));
    private static readonly FrontierSeries B = Release("lab:B", ("2024-01-05", 90, "b0"), ("2024-02-20", 105, "b1"), ("2024-04-15", 125, "b2"));

    private static RaceTimeline Timeline(string dataEnd, params string[] breaks) =>
        new(new Race(ReleaseMetric.Id, GroupKind.Lab, A, B, [.. breaks.Select(D)], D(dataEnd)));

    [Fact]
    public void The_state_reads_the_gap_in_median_jumps_from_data_dated_up_to_the_date()
    {
        var t = Timeline("2024-12-31");

        // Two advances (10 and 15) by 2024-03-01: too few for the jump scale.
        Assert.Null(t.State(D("2024-03-01")));
        // By 2024-04-01 the advances are 10, 15 and 10 (median 10); A leads 120 to 105.
        var s = t.State(D("2024-04-01"))!.Value;
        Assert.True(s.LeaderIsA);
        Assert.Equal(15, s.Gap, 12);
        Assert.Equal(10, s.Scale, 12);
        Assert.Equal(1.5, s.Z, 12);
        Assert.Equal(1, s.FollowerAdvances6);
        Assert.Equal(2, s.LeaderAdvances6);
        // Three months earlier (2024-01-01) B had no record yet... A leads 100 to 90 on 2024-01-10; the change is read from 2024-01-01, before A's first point: 0.
        Assert.Equal(0, s.GapChange3, 12);
    }

    [Fact]
    public void The_outcome_is_read_from_the_data_that_followed()
    {
        var t = Timeline("2024-12-31");
        var s = t.State(D("2024-04-01"))!.Value;

        Assert.True(t.Happened(s, 1)); // B's 125 on 2024-04-15 is strictly above A's 120.
        Assert.Equal(-5, t.GapAt(s, D("2024-05-01"))!.Value, 12);
    }

    [Fact]
    public void A_window_past_the_data_or_across_a_method_break_has_no_outcome()
    {
        Assert.Null(Timeline("2024-05-15").Happened(Timeline("2024-05-15").State(D("2024-04-01"))!.Value, 3));
        var broken = Timeline("2024-12-31", "2024-04-10");
        var s = broken.State(D("2024-04-01"))!.Value;
        Assert.Null(broken.Happened(s, 1));
        // After the break the records restart: A has none yet, so there is no state.
        Assert.Null(broken.State(D("2024-04-20")));
    }

    [Fact]
    public void A_given_leader_orients_the_gap()
    {
        var s = Timeline("2024-12-31").State(D("2024-05-01"), leaderIsA: true)!.Value;
        Assert.Equal(-5, s.Gap, 12);
    }
}
