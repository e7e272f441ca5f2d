using AiRace.Core.Odds;
using AiRace.Testing;

namespace AiRace.Core.Tests.Odds;

public sealed class OvertakeForecastTests
{
    private static readonly IReadOnlyList<Race> Races = SimulatedRaces.Generate(60, 60, 13);
    private static readonly PooledBacktestResult Backtest = PooledBacktest.Run(Races, new PooledBacktestOptions(1, 300));

    private static Race Behind => Races.First(r => r.A.Points[^1].Score > r.B.Points[^1].Score);

    private static Race Ahead => Races.First(r => r.A.Points[^1].Score < r.B.Points[^1].Score);

    [Fact]
    public void The_odds_grow_with_the_horizon_and_stay_probabilities()
    {
        var f = OvertakeForecast.Run(Races, Behind, new ForecastOptions(Behind.DataEnd, [0.5, 1, 3, 5], 4_000, 2), Backtest);
        var previous = 0.0;
        foreach (var h in f.Horizons)
        {
            Assert.InRange(h.PAnyTime, previous, 1);
            Assert.InRange(h.PAnyTime, h.AnyTimeCi90.Low, h.AnyTimeCi90.High);
            previous = h.PAnyTime;
        }

        Assert.Equal(Backtest.Best, f.Model);
        Assert.Equal(Backtest.CalibrationOf(f.Model!.Value, Behind.KindName), f.Calibration);
    }

    [Fact]
    public void A_follower_already_strictly_above_has_overtaken_at_every_horizon()
    {
        var f = OvertakeForecast.Run(Races, Ahead, new ForecastOptions(Ahead.DataEnd, [1, 3], 2_000, 2), Backtest);
        Assert.True(f.AlreadyAbove);
        Assert.All(f.Horizons, h => Assert.Equal(1, h.PAnyTime));
    }

    [Fact]
    public void A_by_date_answers_exactly_that_window()
    {
        var by = Behind.DataEnd.AddDays(200);
        var f = OvertakeForecast.Run(Races, Behind, new ForecastOptions(Behind.DataEnd.AddDays(30), [1], 4_000, 2) { By = by }, Backtest);
        var h = Assert.Single(f.Horizons);
        Assert.Equal(200 / 365.25, h.Years, 9);
        Assert.Equal(f.AnyTimeAt(h.Years * 12)!.Value, h.PAnyTime, 9);
        Assert.Contains($"through {by:yyyy-MM-dd}", f.Definition, StringComparison.Ordinal);
        Assert.Equal(Behind.DataEnd, f.From);
    }

    [Fact]
    public void The_same_seed_gives_the_same_odds_and_a_named_model_is_used()
    {
        var o = new ForecastOptions(Behind.DataEnd, [1, 2], 4_000, 5) { Model = OddsModel.Lag };
        var a = OvertakeForecast.Run(Races, Behind, o, Backtest);
        var b = OvertakeForecast.Run(Races, Behind, o, Backtest);
        Assert.Equal(OddsModel.Lag, a.Model);
        Assert.Equal(a.Horizons, b.Horizons);
    }

    [Fact]
    public void Without_a_winning_model_the_headline_is_the_base_rate_and_says_so()
    {
        var lost = Backtest with { Best = null };
        var f = OvertakeForecast.Run(Races, Behind, new ForecastOptions(Behind.DataEnd, [0.25, 1], 2_000, 2), lost);
        Assert.Null(f.Model);
        Assert.StartsWith("No model beat the base rate", f.NoModelSentence, StringComparison.Ordinal);
        Assert.Equal(lost.BaseRateFor("lab", 3), f.Horizons[0].PAnyTime);
        Assert.Equal(lost.BaseRateFor("lab", 12), f.Horizons[1].PAnyTime);
    }
}
