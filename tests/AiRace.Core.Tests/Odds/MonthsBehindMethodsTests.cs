using AiRace.Core.Analysis;
using static AiRace.Core.Tests.Odds.TestSeries;

namespace AiRace.Core.Tests.Odds;

public sealed class MonthsBehindMethodsTests
{
    private const double Days183 = 183 / (365.25 / 12);

    // The follower repeats the leader's steps exactly 183 days later.
    private static readonly (string, double, string)[] LeaderSteps =
        [("2023-01-01", 100, "a"), ("2023-04-01", 104, "b"), ("2023-08-01", 109, "c"), ("2024-01-01", 115, "d"), ("2024-05-01", 118, "e")];

    private static (string, double, string)[] Shifted(int days) =>
        [.. LeaderSteps.Select(s => (D(s.Item1).AddDays(days).ToString("yyyy-MM-dd"), s.Item2, "f-" + s.Item3))];

    [Fact]
    public void Horizontal_distance_on_the_day_the_follower_steps_is_the_shift()
    {
        var leader = Release("US", LeaderSteps);
        var follower = Release("CN", Shifted(183));
        var date = D("2024-01-01").AddDays(183);

        Assert.Equal(Days183, HorizontalBehind.At(leader, follower, date)!.MonthsBehind!.Value, 9);
    }

    [Fact]
    public void Horizontal_distance_is_negative_when_the_follower_is_ahead()
    {
        var leader = Release("US", Shifted(183));
        var follower = Release("CN", LeaderSteps);
        var date = D("2024-01-01");

        // On 2024-01-01 the follower stands at 115 and the leader at 104 (its step of 2023-10-01); the follower first
        // reached 104 on 2023-04-01, 275 days earlier, so it is 275 days ahead.
        Assert.Equal(-275 / (365.25 / 12), HorizontalBehind.At(leader, follower, date)!.MonthsBehind!.Value, 9);
    }

    [Fact]
    public void Threshold_lags_of_a_shifted_copy_are_the_shift()
    {
        var leader = Release("US", LeaderSteps);
        var follower = Release("CN", Shifted(183));
        var est = BehindMethods.Find("threshold").Estimate(leader, follower, new MonthsBehindOptions(D("2025-06-01")));

        Assert.Equal(Days183, est.Months!.Value, 9);
        Assert.Equal(Days183, est.Ci90Low!.Value, 9);
        Assert.Equal(Days183, est.Ci90High!.Value, 9);
        Assert.Equal(0, est.Censored);
    }

    [Fact]
    public void Threshold_levels_the_follower_has_not_reached_are_censored()
    {
        var leader = Release("US", LeaderSteps);
        var follower = Release("CN", ("2023-06-01", 100, "x"), ("2023-12-01", 110, "y"));
        var est = BehindMethods.Find("threshold").Estimate(leader, follower, new MonthsBehindOptions(D("2025-06-01")));

        Assert.True(est.Censored > 0);
        Assert.True(est.N > est.Censored);
    }

    [Fact]
    public void First_match_censors_unmatched_leader_models_and_never_drops_them()
    {
        var leader = Release("US", ("2024-01-01", 100, "A"), ("2024-06-01", 110, "B"));
        var follower = Release("CN", ("2023-06-01", 90, "x"), ("2024-04-01", 101, "y"), ("2025-01-01", 108, "z"));
        var est = BehindMethods.Find("first-match").Estimate(leader, follower, new MonthsBehindOptions(D("2025-06-01"), Tolerance: 0));

        Assert.Equal(2, est.N);
        Assert.Equal(1, est.Censored);
        var a = est.Leaders.Single(l => l.ModelKey == "A");
        Assert.Equal("y", a.MatchedBy);
        Assert.Equal(91 / (365.25 / 12), a.Months, 9);
        var b = est.Leaders.Single(l => l.ModelKey == "B");
        Assert.True(b.Censored);
        Assert.Null(b.MatchedBy);
        Assert.Equal((D("2025-06-01").DayNumber - D("2024-06-01").DayNumber) / (365.25 / 12), b.Months, 9);
    }

    [Fact]
    public void First_match_tolerance_lets_a_close_follower_model_match()
    {
        var leader = Release("US", ("2024-01-01", 100, "A"), ("2024-06-01", 110, "B"));
        var follower = Release("CN", ("2023-06-01", 90, "x"), ("2024-04-01", 101, "y"), ("2025-01-01", 108, "z"));
        var est = BehindMethods.Find("first-match").Estimate(leader, follower, new MonthsBehindOptions(D("2025-06-01"), Tolerance: 3));

        Assert.Equal(0, est.Censored);
        Assert.Equal("z", est.Leaders.Single(l => l.ModelKey == "B").MatchedBy);
    }

    [Fact]
    public void First_match_is_zero_when_the_follower_already_stands_there()
    {
        var leader = Release("US", ("2024-01-01", 100, "A"));
        var follower = Release("CN", ("2023-06-01", 105, "x"));
        var est = BehindMethods.Find("first-match").Estimate(leader, follower, new MonthsBehindOptions(D("2025-06-01"), Tolerance: 0));

        Assert.Equal(0, est.Leaders[0].Months);

        // One matched leader model cannot give a median: the estimate says so instead of printing 0.
        Assert.Null(est.Months);
        Assert.Contains("only 1 leader models were matched", est.NotEstimable, StringComparison.Ordinal);
    }

    [Fact]
    public void First_match_median_is_not_reached_when_most_leaders_are_unmatched()
    {
        var leader = Release("US", ("2024-01-01", 100, "A"), ("2024-03-01", 120, "B"), ("2024-05-01", 130, "C"));
        var follower = Release("CN", ("2023-06-01", 90, "x"), ("2024-04-01", 101, "y"));
        var est = BehindMethods.Find("first-match").Estimate(leader, follower, new MonthsBehindOptions(D("2025-06-01"), Tolerance: 0));

        Assert.Equal(2, est.Censored);
        Assert.Null(est.Months);
        Assert.Null(est.Ci90High);
    }

    [Fact]
    public void All_three_methods_are_reported_side_by_side_with_definitions()
    {
        var leader = Release("US", LeaderSteps);
        var follower = Release("CN", Shifted(183));
        var all = BehindMethods.EstimateAll(leader, follower, new MonthsBehindOptions(D("2025-06-01")));

        Assert.Equal(["horizontal", "first-match", "threshold"], all.Select(m => m.Name));
        Assert.All(all, m => Assert.False(string.IsNullOrWhiteSpace(m.Definition)));
        Assert.All(all, m => Assert.NotNull(m.Months));
    }

    [Theory]
    [InlineData("horizontal", "horizontal")]
    [InlineData("First-Match", "first-match")]
    [InlineData(" threshold ", "threshold")]
    public void Method_names_parse(string text, string expected) =>
        Assert.Equal(expected, BehindMethods.Find(text).Name);

    [Fact]
    public void An_unknown_method_is_a_usage_error_listing_the_choices()
    {
        var ex = Assert.Throws<AiRaceException>(() => BehindMethods.Find("vertical"));
        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains("first-match", ex.Message, StringComparison.Ordinal);
    }
}
