using AiRace.Core.Figures;

namespace AiRace.Core.Tests;

public sealed class ShareSeriesTests
{
    private static ShareInput Input(int day, params (string Group, double Value)[] values) =>
        new(new DateOnly(2025, 1, day), values.ToDictionary(v => v.Group, v => v.Value), null, values.Length);

    [Fact]
    public void Groups_beyond_the_top_n_are_summed_as_other_and_reserved_groups_are_kept()
    {
        var points = ShareSeries.Build([Input(1, ("a", 50), ("b", 30), ("c", 15), (GroupNames.Unresolved, 5))], top: 1);

        var p = Assert.Single(points);
        Assert.Equal(["a", GroupNames.Other, GroupNames.Unresolved], p.Shares.Keys);
        Assert.Equal((0.5, 0.45, 0.05), (p.Shares["a"], p.Shares[GroupNames.Other], p.Shares[GroupNames.Unresolved]));
    }

    [Fact]
    public void Every_group_appears_on_every_point_and_shares_sum_to_one()
    {
        var points = ShareSeries.Build([Input(2, ("b", 1)), Input(1, ("a", 3), ("b", 1))]);

        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 2)], points.Select(p => p.Date));
        Assert.All(points, p => Assert.Equal(1.0, p.Shares.Values.Sum(), 12));
        Assert.Equal(0.0, points[1].Shares["a"]);
        Assert.Equal(0.75, points[1].Change!["b"], 12);
    }

    [Fact]
    public void Each_pass_is_a_crossing_and_only_a_pass_by_a_group_that_started_behind_is_first()
    {
        var points = ShareSeries.Build([Input(1, ("a", 3), ("b", 7)), Input(2, ("a", 6), ("b", 4)), Input(3, ("a", 2), ("b", 8)), Input(4, ("a", 9), ("b", 1))]);

        var crossings = ShareCrossings.Find(points, (p, g) => p.Shares[g], (d, a, b, first) => $"{a}>{b} {d:dd} {first}");

        Assert.Equal(["a>b 02 True", "b>a 03 False", "a>b 04 False"], crossings.Select(c => c.Text));
    }
}
