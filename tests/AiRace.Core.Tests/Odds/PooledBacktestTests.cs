using AiRace.Core.Analysis;
using AiRace.Core.Odds;
using AiRace.Testing;

namespace AiRace.Core.Tests.Odds;

public sealed class PooledBacktestTests
{
    private static readonly PooledBacktestOptions Options = new(Seed: 3, Paths: 300);

    [Fact]
    public void No_origin_sees_data_dated_after_it()
    {
        // Given the same races twice, the second with every score after the cutoff rewritten (the follower leaps ahead)
        var races = SimulatedRaces.Generate(40, 60, 5);
        var cutoff = races[0].DataEnd.AddMonths(-24);
        var changed = races.Select(r => r with { B = Rewrite(r.B, cutoff) }).ToList();

        var a = PooledBacktest.Run(races, Options);
        var b = PooledBacktest.Run(changed, Options);

        // Then every forecast made on or before the cutoff is the same, number for number
        var before = a.Forecasts.Where(f => f.Origin <= cutoff).ToList();
        Assert.NotEmpty(before);
        var other = b.Forecasts.Where(f => f.Origin <= cutoff).ToDictionary(f => (f.Race, f.Origin, f.Months));
        foreach (var f in before)
        {
            var g = other[(f.Race, f.Origin, f.Months)];
            Assert.Equal(f.Raw, g.Raw);
            Assert.Equal(f.Calibrated, g.Calibrated);
            Assert.Equal(f.GapLogistic, g.GapLogistic);
            Assert.Equal(f.BaseRate, g.BaseRate);
        }

        // ...while the later data did change later forecasts
        Assert.NotEqual(a.Forecasts.Count(f => f.Happened), b.Forecasts.Count(f => f.Happened));
    }

    [Fact]
    public void The_same_seed_gives_the_same_back_test_whatever_the_parallelism()
    {
        var races = SimulatedRaces.Generate(30, 48, 9);
        var one = PooledBacktest.Run(races, Options with { MaxDegreeOfParallelism = 1 });
        var four = PooledBacktest.Run(races, Options with { MaxDegreeOfParallelism = 4 });
        var otherSeed = PooledBacktest.Run(races, Options with { Seed = 4 });

        Assert.Equal(one.Forecasts.Select(f => f.Calibrated.Sum()), four.Forecasts.Select(f => f.Calibrated.Sum()));
        Assert.Equal(one.Card(OddsModel.Jump).LogScore, four.Card(OddsModel.Jump).LogScore);
        Assert.NotEqual(one.Forecasts.Select(f => f.Raw[0]), otherSeed.Forecasts.Select(f => f.Raw[0]));
    }

    [Fact]
    public void On_races_drawn_from_a_known_jump_process_the_recalibrated_model_is_calibrated_within_Monte_Carlo_error()
    {
        // Given 150 races drawn from a known process (each lab's monthly record chance and a log-normal jump)
        var races = SimulatedRaces.Generate(150, 72, 21);
        var bt = PooledBacktest.Run(races, Options);
        var card = bt.Card(OddsModel.Jump);

        // Then the jump model beats the base rate, and in every well-filled bin the share observed is the share predicted
        // within three binomial standard errors (plus 0.03 for the overlap of windows and the recalibration's own error)
        Assert.True(bt.Beats(OddsModel.Jump), $"jump {card.LogScore} vs base rate {bt.BaseRate.LogScore}");
        Assert.True(card.Forecasts >= 1000 && card.Events >= 100, $"{card.Forecasts} forecasts, {card.Events} events");
        foreach (var bin in card.Bins.Where(x => x.N >= 100))
        {
            var p = bin.MeanPredicted!.Value;
            Assert.True(Math.Abs(bin.Observed!.Value - p) <= 3 * Math.Sqrt(p * (1 - p) / bin.N) + 0.03, $"bin [{bin.Low}, {bin.High}): predicted {p}, observed {bin.Observed}, n {bin.N}");
        }

        var mean = bt.Forecasts.Average(f => f.Of(OddsModel.Jump));
        var rate = bt.Forecasts.Average(f => f.Happened ? 1.0 : 0.0);
        Assert.Equal(rate, mean, 0.03);
        Assert.True(card.Reliability < 0.005, $"reliability {card.Reliability}");
    }

    [Fact]
    public void Forecasts_start_only_once_every_model_is_recalibrated_and_use_earlier_outcomes_only()
    {
        var races = SimulatedRaces.Generate(30, 48, 9);
        var bt = PooledBacktest.Run(races, Options);
        Assert.All(bt.Forecasts, f => Assert.All(f.Calibrated, p => Assert.InRange(p, 0, 1)));
        Assert.All(bt.Calibrations, c => Assert.True(c.N >= Calibration.MinimumForecasts));
        Assert.Equal(bt.Forecasts.Count, bt.BaseRate.Forecasts);
        Assert.Equal(bt.Forecasts.Count(f => f.Happened), bt.BaseRate.Events);
    }

    [Fact]
    public void The_result_round_trips_through_json_so_it_can_be_cached()
    {
        var bt = PooledBacktest.Run(SimulatedRaces.Generate(30, 48, 9), Options);
        var json = new System.Text.Json.JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        var back = System.Text.Json.JsonSerializer.Deserialize<PooledBacktestResult>(System.Text.Json.JsonSerializer.Serialize(bt, json), json)!;

        Assert.Equal(bt.Forecasts.Count, back.Forecasts.Count);
        Assert.Equal(bt.Best, back.Best);
        Assert.Equal(bt.Card(OddsModel.Jump).LogScore, back.Card(OddsModel.Jump).LogScore);
        Assert.Equal(bt.CalibrationOf(OddsModel.Jump, "lab"), back.CalibrationOf(OddsModel.Jump, "lab"));
        Assert.Equal(bt.Forecasts[^1].Calibrated, back.Forecasts[^1].Calibrated);
    }

    private static FrontierSeries Rewrite(FrontierSeries s, DateOnly cutoff) =>
        new(s.Metric, s.Group, [.. s.Points.Select(p => p.Date > cutoff ? p with { Score = p.Score + 500 } : p)], 0);
}
