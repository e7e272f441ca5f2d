using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Cli.Report.Sections;

/// <summary>Sentences and formatted values about one <see cref="MetricComparison"/>, in the context's language.</summary>
internal static class ComparisonText
{
    /// <summary>
    /// A score or a difference in the metric's units, scaled to the metric: one decimal for percentages, three for
    /// fractions (scores under 2), scientific notation for huge quantities (training compute), two otherwise (Elo, indexes).
    /// <paramref name="reference"/> is a score of the metric that sets the scale (the value itself for a score).
    /// </summary>
    public static string Amount(ReportContext ctx, Metric metric, double value, double reference, bool signed = false)
    {
        var lang = ctx.Language;
        var r = Math.Abs(reference);
        if (r >= 1e6)
        {
            return (signed && value > 0 ? "+" : string.Empty) + value.ToString("0.00E+0", lang.Culture);
        }

        var decimals = metric.Unit == "%" ? 1 : r < 2 ? 3 : 2;
        return signed ? lang.Signed(value, decimals) : lang.Number(value, decimals);
    }

    /// <summary>The unit of a difference: percentage points for metrics in %, the metric's unit otherwise.</summary>
    public static string GapUnit(ReportContext ctx, Metric metric) => metric.Unit == "%" ? ctx.Language.T("unit.percentage_points") : metric.Unit;

    public static string Score(ReportContext ctx, Metric metric, double value) => Amount(ctx, metric, value, value);

    /// <summary>Who leads on the latest comparison date, by how much, and with which models.</summary>
    public static string Gap(ReportContext ctx, MetricComparison c)
    {
        var lang = ctx.Language;
        var ga = lang.Group(c.A);
        var gb = lang.Group(c.B);
        if (c.Gap.Latest is not { } p)
        {
            return lang.T("gap.none", ga, gb);
        }

        var sign = AiRace.Core.Analysis.Gap.Leader(p, c.Metric.HigherIsBetter);
        if (sign == 0)
        {
            return lang.T("gap.level", ga, gb, lang.Date(p.Date), Name(ctx, p.A), Name(ctx, p.B), Score(ctx, c.Metric, p.A.Score));
        }

        var (leader, follower, lp, fp) = sign > 0 ? (ga, gb, p.A, p.B) : (gb, ga, p.B, p.A);
        return lang.T(
            "gap.leads", leader, follower, Amount(ctx, c.Metric, Math.Abs(p.Gap), p.A.Score), GapUnit(ctx, c.Metric),
            p.GapPercent is null ? lang.T("value.na") : lang.Number(Math.Abs(p.GapPercent.Value)) + "%",
            lang.Date(p.Date), Name(ctx, lp), Score(ctx, c.Metric, lp.Score), Name(ctx, fp), Score(ctx, c.Metric, fp.Score));
    }

    /// <summary>How many months the follower trails on the last date B has a value; null when B has none.</summary>
    public static string? Behind(ReportContext ctx, MetricComparison c)
    {
        if (c.Behind.Points.Count == 0)
        {
            return null;
        }

        var lang = ctx.Language;
        var p = c.Behind.Points[^1];
        var follower = lang.Group(p.Follower);
        var leader = lang.Group(p.Leader);
        var level = Score(ctx, c.Metric, p.FollowerPoint.Score);
        return p.LeaderMatch is { } match && p.MonthsBehind is { } months
            ? lang.T("behind.text", follower, lang.Number(Math.Abs(months)), leader, Name(ctx, p.FollowerPoint), level, lang.Date(match.Date), Name(ctx, match))
            : lang.T("behind.never", follower, leader, Name(ctx, p.FollowerPoint), level, lang.Date(p.Date));
    }

    /// <summary>The gap 12 months before the latest comparison date against the latest, and whether it narrowed or widened.</summary>
    public static string? Earlier(ReportContext ctx, MetricComparison c)
    {
        var lang = ctx.Language;
        if (c.Gap.Latest is not { } now)
        {
            return null;
        }

        if (EarlierPoint(c) is not { } then)
        {
            return lang.T("earlier.none", lang.Date(now.Date));
        }

        var scale = now.A.Score;
        var signNow = AiRace.Core.Analysis.Gap.Leader(now, c.Metric.HigherIsBetter);
        var signThen = AiRace.Core.Analysis.Gap.Leader(then, c.Metric.HigherIsBetter);
        var change = Math.Abs(now.Gap) - Math.Abs(then.Gap);
        var trend = signNow != 0 && signThen != 0 && signNow != signThen ? lang.T("trend.flipped")
            : change < 0 ? lang.T("trend.narrowed", Amount(ctx, c.Metric, -change, scale) + " " + GapUnit(ctx, c.Metric))
            : change > 0 ? lang.T("trend.widened", Amount(ctx, c.Metric, change, scale) + " " + GapUnit(ctx, c.Metric))
            : lang.T("trend.unchanged");
        return lang.T(
            "earlier.text", lang.Date(then.Date), Amount(ctx, c.Metric, then.Gap, scale, signed: true), GapUnit(ctx, c.Metric), lang.Percent(then.GapPercent),
            lang.Date(now.Date), Amount(ctx, c.Metric, now.Gap, scale, signed: true), lang.Percent(now.GapPercent), trend);
    }

    /// <summary>The last comparison point on or before the latest date minus 12 calendar months.</summary>
    public static GapPoint? EarlierPoint(MetricComparison c) =>
        c.Gap.Latest is { } now ? c.Gap.AtOrBefore(now.Date.AddMonths(-12)) : null;

    /// <summary>The lead changes, or a sentence saying there were none over the compared dates.</summary>
    public static string? LeadChanges(ReportContext ctx, MetricComparison c)
    {
        var lang = ctx.Language;
        if (c.Gap.Points.Count == 0)
        {
            return null;
        }

        var (ga, gb) = (lang.Group(c.A), lang.Group(c.B));
        return c.Gap.LeadChanges.Count == 0
            ? lang.T("leadchanges.none", ga, gb, lang.Date(c.Gap.Points[0].Date), lang.Date(c.Gap.Points[^1].Date))
            : lang.T(
                "leadchanges.list", ga, gb,
                string.Join("; ", c.Gap.LeadChanges.Select(l => lang.T("leadchange.item", lang.Date(l.Date), lang.Group(l.Leader), lang.Group(l.PreviousLeader)))));
    }

    /// <summary>Months B is behind A on the last date (signed), "never reached", or n/a.</summary>
    public static string Months(ReportContext ctx, MetricComparison c)
    {
        var lang = ctx.Language;
        if (c.Behind.Points.Count == 0)
        {
            return lang.T("value.na");
        }

        return c.Behind.Points[^1].MonthsBehind is { } m ? lang.T("value.months", lang.Signed(m)) : lang.T("value.never");
    }

    private static string Name(ReportContext ctx, FrontierPoint p) => ctx.Frontiers.ModelName(p.ModelKey);
}
