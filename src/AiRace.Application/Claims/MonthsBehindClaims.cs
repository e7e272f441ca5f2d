using AiRace.Core.Analysis;
using AiRace.Core.Claims;

namespace AiRace.Application.Claims;

/// <summary>"B is L–H months behind A": the day-weighted mean of <see cref="HorizontalBehind"/> over the claim's window, per metric.</summary>
internal static class MonthsBehindClaims
{
    public static ClaimOutcome Evaluate(ClaimContext ctx, ClaimDefinition claim)
    {
        var at = ctx.ReadAt(claim);
        var items = new List<string>();
        var verdicts = new List<ClaimVerdict>();
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

            // Read up to the metric's last observation: a release-dated frontier is not carried past its data.
            var end = ctx.DataEnd(pair.MetricId, at);
            var series = HorizontalBehind.Series(pair.A!, pair.B!, new DateWindow(claim.From, end));
            if (series.Summary.Mean is not { } mean)
            {
                gaps.Add(ctx.Text.NoCommonDate(pair.MetricId, claim.From!.Value));
                continue;
            }

            verdicts.Add(ClaimRules.MonthsBehind(mean, series.Summary.Min, series.Summary.Max, claim.Low!.Value, claim.High!.Value));
            values[$"{pair.MetricId}.mean"] = mean;
            if (series.Summary.Min is { } min && series.Summary.Max is { } max)
            {
                values[$"{pair.MetricId}.min"] = min;
                values[$"{pair.MetricId}.max"] = max;
            }

            asOf = PerformanceClaims.Later(asOf, end);
            items.Add(ctx.Text.MonthsItem(pair.MetricId, series.Summary, claim.From!.Value, end));
        }

        var definition = ctx.Text.MonthsDefinition(claim.Low!.Value, claim.High!.Value);
        return PerformanceClaims.Outcome(ctx, claim, ClaimRules.Combine(verdicts), items, gaps, definition, asOf, values);
    }
}
