using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Cli.Report.Sections;

/// <summary>Sentences and formatted values about one <see cref="MetricComparison"/>, in the context's language.</summary>
internal static class ComparisonText
{
    /// <summary>Decimals for scores and gaps: one for percentages, two otherwise (Elo, indexes).</summary>
    public static int Decimals(Metric metric) => metric.Unit == "%" ? 1 : 2;

    /// <summary>The unit of a difference: percentage points for metrics in %, the metric's unit otherwise.</summary>
    public static string GapUnit(ReportContext ctx, Metric metric) => metric.Unit == "%" ? ctx.Language.T("unit.percentage_points") : metric.Unit;

    public static string Score(ReportContext ctx, Metric metric, double value) => ctx.Language.Number(value, Decimals(metric));

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
            "gap.leads", leader, follower, lang.Number(Math.Abs(p.Gap), Decimals(c.Metric)), GapUnit(ctx, c.Metric),
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

        var d = Decimals(c.Metric);
        var signNow = AiRace.Core.Analysis.Gap.Leader(now, c.Metric.HigherIsBetter);
        var signThen = AiRace.Core.Analysis.Gap.Leader(then, c.Metric.HigherIsBetter);
        var change = Math.Abs(now.Gap) - Math.Abs(then.Gap);
        var trend = signNow != 0 && signThen != 0 && signNow != signThen ? lang.T("trend.flipped")
            : change < 0 ? lang.T("trend.narrowed", lang.Number(-change, d) + " " + GapUnit(ctx, c.Metric))
            : change > 0 ? lang.T("trend.widened", lang.Number(change, d) + " " + GapUnit(ctx, c.Metric))
            : lang.T("trend.unchanged");
        return lang.T(
            "earlier.text", lang.Date(then.Date), lang.Signed(then.Gap, d), GapUnit(ctx, c.Metric), lang.Percent(then.GapPercent),
            lang.Date(now.Date), lang.Signed(now.Gap, d), lang.Percent(now.GapPercent), trend);
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
