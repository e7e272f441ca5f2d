using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Report.Sections;

/// <summary>Sentences and formatted values about one <see cref="MetricComparison"/>, from the context's text catalog.</summary>
public static class ComparisonText
{
    /// <summary>
    /// A score or a difference in the metric's units, scaled to the metric: one decimal for percentages, three for
    /// fractions (scores under 2), scientific notation for huge quantities (training compute), two otherwise (Elo, indexes).
    /// <paramref name="reference"/> is a score of the metric that sets the scale (the value itself for a score).
    /// </summary>
    public static string Amount(ReportContext ctx, Metric metric, double value, double reference, bool signed = false)
    {
        var text = ctx.Text;
        var r = Math.Abs(reference);
        if (r >= 1e6)
        {
            return text.Scientific(value, signed);
        }

        var decimals = metric.Unit == "%" ? 1 : r < 2 ? 3 : 2;
        return signed ? text.Signed(value, decimals) : text.Number(value, decimals);
    }

    /// <summary>The unit of a difference: percentage points for metrics in %, the metric's unit otherwise.</summary>
    public static string GapUnit(ReportContext ctx, Metric metric) => metric.Unit == "%" ? ctx.Text.PercentagePoints : ctx.Unit(metric);

    /// <summary>A gap with its unit (<c>+83.44 Elo</c>).</summary>
    public static string GapAmount(ReportContext ctx, Metric metric, GapPoint p) => Amount(ctx, metric, p.Gap, p.A.Score, signed: true) + " " + GapUnit(ctx, metric);

    public static string Score(ReportContext ctx, Metric metric, double value) => Amount(ctx, metric, value, value);

    /// <summary>Who leads on the latest comparison date, by how much, and with which models.</summary>
    public static string Gap(ReportContext ctx, MetricComparison c)
    {
        var text = ctx.Text;
        var ga = text.Group(c.A);
        var gb = text.Group(c.B);
        if (c.Gap.Latest is not { } p)
        {
            return text.GapNone(ga, gb);
        }

        var sign = AiRace.Core.Analysis.Gap.Leader(p, c.Metric.HigherIsBetter);
        if (sign == 0)
        {
            return text.GapLevel(p.Date, ga, gb, Name(ctx, p.A), Name(ctx, p.B), Score(ctx, c.Metric, p.A.Score));
        }

        var (leader, follower, lp, fp) = sign > 0 ? (ga, gb, p.A, p.B) : (gb, ga, p.B, p.A);
        return text.GapLeads(
            p.Date, leader, follower, Amount(ctx, c.Metric, Math.Abs(p.Gap), p.A.Score), GapUnit(ctx, c.Metric),
            p.GapPercent is null ? text.NotAvailable : text.Number(Math.Abs(p.GapPercent.Value)) + "%",
            Name(ctx, lp), Score(ctx, c.Metric, lp.Score), Name(ctx, fp), Score(ctx, c.Metric, fp.Score));
    }

    /// <summary>How many months the follower trails on the last date B has a value; null when B has none.</summary>
    public static string? Behind(ReportContext ctx, MetricComparison c)
    {
        if (c.Behind.Points.Count == 0)
        {
            return null;
        }

        var text = ctx.Text;
        var p = c.Behind.Points[^1];
        var follower = text.Group(p.Follower);
        var leader = text.Group(p.Leader);
        var level = Score(ctx, c.Metric, p.FollowerPoint.Score);
        return p.LeaderMatch is { } match && p.MonthsBehind is { } months
            ? text.Behind(follower, text.Number(Math.Abs(months)), leader, Name(ctx, p.FollowerPoint), level, match.Date, Name(ctx, match))
            : text.BehindNever(follower, leader, Name(ctx, p.FollowerPoint), level, p.Date);
    }

    /// <summary>The gap 12 months before the latest comparison date against the latest, and whether it narrowed or widened.</summary>
    public static string? Earlier(ReportContext ctx, MetricComparison c)
    {
        var text = ctx.Text;
        if (c.Gap.Latest is not { } now)
        {
            return null;
        }

        if (EarlierPoint(c) is not { } then)
        {
            return text.EarlierNone(now.Date);
        }

        var scale = now.A.Score;
        var unit = GapUnit(ctx, c.Metric);
        var signNow = AiRace.Core.Analysis.Gap.Leader(now, c.Metric.HigherIsBetter);
        var signThen = AiRace.Core.Analysis.Gap.Leader(then, c.Metric.HigherIsBetter);
        var change = Math.Abs(now.Gap) - Math.Abs(then.Gap);
        var trend = signNow != 0 && signThen != 0 && signNow != signThen ? text.Flipped
            : change < 0 ? text.Narrowed(Amount(ctx, c.Metric, -change, scale) + " " + unit)
            : change > 0 ? text.Widened(Amount(ctx, c.Metric, change, scale) + " " + unit)
            : text.Unchanged;
        return text.Earlier(
            then.Date, Amount(ctx, c.Metric, then.Gap, scale, signed: true), unit, text.Percent(then.GapPercent),
            now.Date, Amount(ctx, c.Metric, now.Gap, scale, signed: true), text.Percent(now.GapPercent), trend);
    }

    /// <summary>The last comparison point on or before the latest date minus 12 calendar months.</summary>
    public static GapPoint? EarlierPoint(MetricComparison c) =>
        c.Gap.Latest is { } now ? c.Gap.AtOrBefore(now.Date.AddMonths(-12)) : null;

    /// <summary>The lead changes, or a sentence saying there were none over the compared dates.</summary>
    public static string? LeadChanges(ReportContext ctx, MetricComparison c)
    {
        var text = ctx.Text;
        if (c.Gap.Points.Count == 0)
        {
            return null;
        }

        var (ga, gb) = (text.Group(c.A), text.Group(c.B));
        return c.Gap.LeadChanges.Count == 0
            ? text.LeadChangesNone(ga, gb, c.Gap.Points[0].Date, c.Gap.Points[^1].Date)
            : text.LeadChangesList(ga, gb, c.Gap.LeadChanges.Select(l => text.LeadChangeItem(l.Date, text.Group(l.Leader), text.Group(l.PreviousLeader))));
    }

    /// <summary>Months B is behind A on the last date (signed), "never reached", or n/a.</summary>
    public static string Months(ReportContext ctx, MetricComparison c)
    {
        var text = ctx.Text;
        if (c.Behind.Points.Count == 0)
        {
            return text.NotAvailable;
        }

        return c.Behind.Points[^1].MonthsBehind is { } m ? text.Months(text.Signed(m)) : text.NeverReached;
    }

    private static string Name(ReportContext ctx, FrontierPoint p) => ctx.Frontiers.ModelName(p.ModelKey);
}
