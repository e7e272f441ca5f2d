using AiRace.Core.Analysis;
using AiRace.Core.Claims;

namespace AiRace.Application.Claims;

/// <summary>Claims about the capability frontier: "leads" (the gap on a date) and "gap narrowed" (the percentage gap on two dates).</summary>
internal static class PerformanceClaims
{
    public static ClaimOutcome Leads(ClaimContext ctx, ClaimDefinition claim)
    {
        var at = ctx.ReadAt(claim);
        var items = new List<string>();
        var leads = new List<double>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var gaps = new List<string>();
        DateOnly? asOf = null;
        foreach (var pair in MetricPair.Load(ctx, claim))
        {
            var point = pair.Ok ? Core.Analysis.Gap.Compute(pair.A!, pair.B!, new DateWindow(null, at)).AtOrBefore(at) : null;
            if (point is null)
            {
                gaps.Add(pair.Missing ?? ctx.Text.NoCommonDate(pair.MetricId, at));
                continue;
            }

            leads.Add(point.Lead);
            values[$"{pair.MetricId}.lead"] = point.Lead;
            if (point.GapPercent is { } pct)
            {
                values[$"{pair.MetricId}.gap_percent"] = pct;
            }

            asOf = Later(asOf, point.Date);
            items.Add(ctx.Text.LeadItem(pair.MetricId, point, pair.Metric!.Unit, pair.A!.Group.Label, pair.B!.Group.Label));
        }

        return Outcome(ctx, claim, ClaimRules.Leads(leads), items, gaps, ctx.Text.LeadsDefinition(at), asOf, values);
    }

    public static ClaimOutcome Narrowed(ClaimContext ctx, ClaimDefinition claim)
    {
        var from = claim.From!.Value;
        var to = ctx.ReadAt(claim);
        var items = new List<string>();
        var pairs = new List<(double Start, double End)>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var gaps = new List<string>();
        DateOnly? asOf = null;
        foreach (var pair in MetricPair.Load(ctx, claim))
        {
            var series = pair.Ok ? Core.Analysis.Gap.Compute(pair.A!, pair.B!, new DateWindow(null, to)) : null;
            var start = series?.AtOrBefore(from);
            var end = series?.AtOrBefore(to);
            if (start?.GapPercent is not { } s || end?.GapPercent is not { } e || end.Date <= start.Date)
            {
                gaps.Add(pair.Missing ?? ctx.Text.NoCommonDate(pair.MetricId, from));
                continue;
            }

            pairs.Add((s, e));
            values[$"{pair.MetricId}.gap_percent_start"] = s;
            values[$"{pair.MetricId}.gap_percent_end"] = e;
            asOf = Later(asOf, end.Date);
            items.Add(ctx.Text.NarrowedItem(pair.MetricId, start, end));
        }

        return Outcome(ctx, claim, ClaimRules.Narrowed(pairs), items, gaps, ctx.Text.NarrowedDefinition(from, to), asOf, values);
    }

    /// <summary>The outcome of a rule over metrics: the measured items, then the metrics left out; not measurable when none was measured.</summary>
    internal static ClaimOutcome Outcome(
        ClaimContext ctx, ClaimDefinition claim, ClaimVerdict verdict, List<string> items, List<string> gaps, string definition,
        DateOnly? asOf, Dictionary<string, double> values)
    {
        var figure = string.Join("; ", items.Concat(gaps));
        var settle = verdict == ClaimVerdict.NotMeasurable ? ctx.Text.SettleMetrics(claim.Metrics) : null;
        return new ClaimOutcome(verdict, new ClaimEvidence(figure, definition, asOf, claim.Command, settle, values));
    }

    internal static DateOnly? Later(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;
}
