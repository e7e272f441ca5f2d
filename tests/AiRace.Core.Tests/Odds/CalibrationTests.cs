using AiRace.Core.Odds;

namespace AiRace.Core.Tests.Odds;

public sealed class CalibrationTests
{
    [Fact]
    public void Platt_scaling_recovers_a_known_recalibration()
    {
        // Given raw probabilities whose true probability is logit⁻¹(−1 + 0.5·logit p)
        var rng = new Random(11);
        var raw = new List<double>();
        var happened = new List<bool>();
        for (var i = 0; i < 20_000; i++)
        {
            var p = 1 / (1 + Math.Exp(-(rng.NextDouble() * 8 - 4)));
            var truth = 1 / (1 + Math.Exp(-(-1 + 0.5 * Math.Log(p / (1 - p)))));
            raw.Add(p);
            happened.Add(rng.NextDouble() < truth);
        }

        var c = Calibration.Fit(raw, happened);

        Assert.Equal(-1, c.A, 0.1);
        Assert.Equal(0.5, c.B, 0.05);
        var ci = c.Ci90(0.3);
        Assert.InRange(c.Apply(0.3), ci.Low, ci.High);
    }

    [Fact]
    public void Too_few_forecasts_or_events_leave_the_probabilities_as_they_are()
    {
        var c = Calibration.Fit([.. Enumerable.Repeat(0.2, 500)], [.. Enumerable.Range(0, 500).Select(i => i < 3)]);
        Assert.False(c.IsFitted);
        Assert.Equal(0.2, c.Apply(0.2), 12);
    }
}
