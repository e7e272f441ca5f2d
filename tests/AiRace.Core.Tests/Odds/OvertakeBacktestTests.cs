using AiRace.Core.Odds;
using static AiRace.Core.Tests.Odds.TestSeries;

namespace AiRace.Core.Tests.Odds;

public sealed class OvertakeBacktestTests
{
    [Fact]
    public void A_follower_that_never_catches_up_makes_never_unbeatable_and_the_verdict_says_so()
    {
        // Leader +5 every two months from 100; follower +4 every two months from 50: no overtake ever.
        var leader = Release("US", [.. Enumerable.Range(0, 18).Select(i => (D("2022-01-01").AddMonths(2 * i).ToString("yyyy-MM-dd"), 100.0 + 5 * i, $"l{i}"))]);
        var follower = Release("CN", [.. Enumerable.Range(0, 18).Select(i => (D("2022-01-15").AddMonths(2 * i).ToString("yyyy-MM-dd"), 50.0 + 4 * i, $"f{i}"))]);
        var result = OvertakeBacktest.Run(leader, follower, D("2024-12-31"), new BacktestOptions(1, 4_000));

        // Origins 2022-08-01 (6 months after 2022-02-01) ... last origin with the horizon inside the data:
        // 3 months: 2022-08 → 2024-09 = 26; 6 months: → 2024-06 = 23; 12 months: → 2023-12 = 17.
        Assert.Equal(26, result.Origins);
        Assert.Equal(0, result.SkippedOrigins);
        Assert.Equal(26 + 23 + 17, result.Forecasts.Count);
        Assert.All(result.Forecasts, f => Assert.False(f.Happened));
        Assert.Equal(0, result.NeverBrier);
        Assert.False(result.BeatsNever);
        Assert.Contains("not 'never'", result.Verdict, StringComparison.Ordinal);
        Assert.True(result.BaseRateBrier > 0);
    }

    [Fact]
    public void A_steady_climber_against_a_standing_leader_is_forecast_better_than_never()
    {
        // Leader stands at 100; the follower climbs 3 points a month from 70 and is above from 2022-12-01 (103).
        var leader = Release("US", ("2022-01-01", 100, "L"));
        var follower = Release("CN", [.. Enumerable.Range(0, 24).Select(i => (D("2022-01-01").AddMonths(i).ToString("yyyy-MM-dd"), 70.0 + 3 * i, $"f{i}"))]);
        var result = OvertakeBacktest.Run(leader, follower, D("2023-12-31"), new BacktestOptions(1, 4_000));

        var july = result.Forecasts.Where(f => f.Origin == D("2022-07-01")).ToDictionary(f => f.Months);
        Assert.False(july[3].Happened);
        Assert.True(july[6].Happened);
        Assert.True(july[12].Happened);
        Assert.True(result.BeatsNever, $"model Brier {result.Brier} vs never {result.NeverBrier}");
        Assert.True(result.Brier < 0.1, $"model Brier {result.Brier}");
    }

    [Fact]
    public void Scores_match_hand_computed_values()
    {
        var o = D("2024-01-01");
        BacktestForecast[] forecasts = [new(o, 3, 0.8, 0.5, true), new(o, 6, 0.2, 0.5, false)];
        var r = OvertakeBacktest.Score(forecasts, 1, 0);

        Assert.Equal((0.04 + 0.04) / 2, r.Brier!.Value, 12);
        Assert.Equal(0.25, r.BaseRateBrier!.Value, 12);
        Assert.Equal(0.5, r.NeverBrier!.Value, 12);
        Assert.Equal(-Math.Log(0.8), r.LogScore!.Value, 12);
        Assert.Equal((-Math.Log(0.001) - Math.Log(0.999)) / 2, r.NeverLogScore!.Value, 12);
        Assert.True(r.BeatsBaseRate && r.BeatsNever);
        Assert.Equal(2, r.Reliability.Sum(b => b.N));
        Assert.Equal(1.0, r.Reliability[4].Observed);
    }

    [Fact]
    public void Outcomes_count_the_state_at_the_origin_and_every_record_date_in_the_window()
    {
        var leader = FrontierRecordHistory.From(Release("US", ("2022-01-01", 100, "L"), ("2022-06-01", 120, "M")), D("2023-12-31"))!;
        var follower = FrontierRecordHistory.From(Release("CN", ("2022-01-01", 90, "x"), ("2022-03-01", 110, "y")), D("2023-12-31"))!;
        var outcomes = new OvertakeOutcomes(leader, follower);

        Assert.True(outcomes.Happened(D("2022-02-01"), D("2022-03-01")));
        Assert.False(outcomes.Happened(D("2022-01-01"), D("2022-02-28")));
        Assert.True(outcomes.Happened(D("2022-04-01"), D("2022-04-02")));
        Assert.False(outcomes.Happened(D("2022-06-01"), D("2023-06-01")));
    }

    [Fact]
    public void The_base_rate_uses_only_windows_that_ended_by_the_origin()
    {
        var leader = FrontierRecordHistory.From(Release("US", ("2022-01-01", 100, "L")), D("2023-12-31"))!;
        var follower = FrontierRecordHistory.From(Release("CN", ("2022-01-01", 90, "x"), ("2022-05-15", 110, "y")), D("2023-12-31"))!;
        var outcomes = new OvertakeOutcomes(leader, follower);

        // The 3-month windows that end by 2022-06-01 start on Jan 1, Feb 1 and Mar 1; only the last one holds the
        // follower's record of 05-15: k = 1, n = 3, so (1 + 0.5)/(3 + 1). Before any window ends: 0.5/1.
        Assert.Equal(1.5 / 4, OvertakeBacktest.BaseRate(outcomes, D("2022-01-01"), D("2022-06-01"), 3), 12);
        Assert.Equal(0.5, OvertakeBacktest.BaseRate(outcomes, D("2022-01-01"), D("2022-03-01"), 3), 12);
    }
}
