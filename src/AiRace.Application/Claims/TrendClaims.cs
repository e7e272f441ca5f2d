using AiRace.Core;
using AiRace.Core.Claims;
using AiRace.Core.Odds;

namespace AiRace.Application.Claims;

/// <summary>"The gap is widening": the verdict of <see cref="GapTrendAnalysis"/> (in points, 90% block-bootstrap interval) per metric.</summary>
internal static class TrendClaims
{
    /// <summary>The window when the ledger row gives none.</summary>
    public const int DefaultWindowMonths = 12;

    public static ClaimOutcome Widening(ClaimContext ctx, ClaimDefinition claim)
    {
        var at = ctx.ReadAt(claim);
        var months = claim.WindowMonths ?? DefaultWindowMonths;
        var items = new List<string>();
        var verdicts = new List<TrendVerdict>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var gaps = new List<string>();
        DateOnly? asOf = null;
        foreach (var pair in MetricPair.Load(ctx, claim))
        {
            if (!pair.Ok)
            {
                gaps.Add(pair.Missing!);
                continue;
            }

            // The window ends at the metric's last observation, so that a release-dated frontier is not carried past its data.
            var end = ctx.DataEnd(pair.MetricId, at);
            var start = end.AddMonths(-months);
            GapTrendResult result;
            try
            {
                result = GapTrendAnalysis.Run(pair.A!, pair.B!, start, end, seed: 1, breaks: ctx.ScaleBreaks(pair.Metric!));
            }
            catch (AiRaceException e)
            {
                gaps.Add(ctx.Text.NoTrend(pair.MetricId, e.Message));
                continue;
            }

            verdicts.Add(result.Verdict);
            values[$"{pair.MetricId}.slope_per_year"] = result.Points.SlopePerYear;
            values[$"{pair.MetricId}.ci90_low"] = result.Points.Ci90.Low;
            values[$"{pair.MetricId}.ci90_high"] = result.Points.Ci90.High;
            asOf = PerformanceClaims.Later(asOf, result.To);
            items.Add(ctx.Text.TrendItem(pair.MetricId, result, pair.Metric!.Unit));
        }

        return PerformanceClaims.Outcome(ctx, claim, ClaimRules.Widening(verdicts), items, gaps, ctx.Text.WideningDefinition(months), asOf, values);
    }
}
