using AiRace.Core.Odds;

namespace AiRace.Core.Tests.Odds;

public sealed class ScoresTests
{
    [Fact]
    public void Brier_log_score_and_the_Murphy_decomposition_have_their_known_values()
    {
        // Given two forecasts, 0.2 for an event that did not happen and 0.8 for one that did
        var card = Scores.Card("m", [0.2, 0.8], [false, true]);

        // Then Brier = (0.2² + 0.2²)/2, log = −ln 0.8, and, one forecast per bin, reliability 0.04, resolution 0.25, uncertainty 0.25
        Assert.Equal(0.04, card.Brier, 12);
        Assert.Equal(-Math.Log(0.8), card.LogScore, 12);
        Assert.Equal(0.04, card.Reliability, 12);
        Assert.Equal(0.25, card.Resolution, 12);
        Assert.Equal(0.25, card.Uncertainty, 12);
        Assert.Equal(card.Brier, card.Reliability - card.Resolution + card.Uncertainty, 12);
        Assert.Equal(2, card.Bins.Sum(b => b.N));
        Assert.Equal(1, card.Events);
    }

    [Fact]
    public void A_zero_for_an_event_that_happened_costs_ln_1000_not_infinity()
    {
        Assert.Equal(Math.Log(1000), Scores.Log(0, true), 9);
        Assert.Equal(-Math.Log(0.999), Scores.Log(0, false), 12);
    }

    [Fact]
    public void The_reliability_bins_cover_zero_to_one_and_put_one_in_the_last_bin()
    {
        var card = Scores.Card("m", [0, 1, 0.5], [false, true, true]);
        Assert.Equal(0, card.Bins[0].Low);
        Assert.Equal(1, card.Bins[^1].High);
        Assert.Equal(1, card.Bins[0].N);
        Assert.Equal(2, card.Bins[^1].N + card.Bins[^2].N);
    }
}
