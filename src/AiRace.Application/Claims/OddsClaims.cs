using AiRace.Core.Claims;

namespace AiRace.Application.Claims;

/// <summary>
/// "The probability that B overtakes A within H is below X": the odds model's probability, used only when the caller's
/// <see cref="OvertakeOddsProvider"/> gives one whose back-test passed; otherwise not measurable, saying why.
/// </summary>
internal static class OddsClaims
{
    public static ClaimOutcome Evaluate(ClaimContext ctx, ClaimDefinition claim)
    {
        var years = claim.WindowMonths!.Value / 12.0;
        var threshold = claim.Thresholds[0];
        var question = new OddsQuestion(claim.Metrics[0], claim.Groups[0], claim.Groups[1], years, ctx.AsOf);
        var odds = ctx.Odds?.Invoke(question);
        var definition = ctx.Text.OddsDefinition(question, threshold);
        if (odds is null || !odds.BacktestPassed)
        {
            var reason = odds is null ? ctx.Text.NoOdds(question) : ctx.Text.OddsFailedBacktest(odds);
            return new ClaimOutcome(
                ClaimVerdict.NotMeasurable,
                new ClaimEvidence(reason, definition, odds?.AsOf, claim.Command, ctx.Text.SettleOdds(question), new Dictionary<string, double>()));
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["probability"] = odds.Probability,
            ["ci90_low"] = odds.Ci90.Low,
            ["ci90_high"] = odds.Ci90.High,
            ["threshold"] = threshold,
        };
        return new ClaimOutcome(
            ClaimRules.ProbabilityBelow(odds.Ci90, threshold),
            new ClaimEvidence(ctx.Text.OddsItem(question, odds), definition, odds.AsOf, claim.Command, null, values));
    }
}
