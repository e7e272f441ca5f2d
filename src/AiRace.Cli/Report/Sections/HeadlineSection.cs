using AiRace.Cli.Report.Charts;
using AiRace.Cli.Report.Model;

namespace AiRace.Cli.Report.Sections;

/// <summary>The headline: the latest US–China gap on every metric, as a table and a bar chart.</summary>
internal sealed class HeadlineSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        if (ctx.Metrics.Count == 0)
        {
            yield break;
        }

        var lang = ctx.Language;
        var rows = new List<IReadOnlyList<string>>();
        var bars = new List<ReportBar>();
        foreach (var metric in ctx.Metrics)
        {
            var c = ctx.Compare(metric, ReportContext.UnitedStates, ReportContext.China);
            var p = c.Gap.Latest;
            var leader = p is null ? lang.T("value.na")
                : AiRace.Core.Analysis.Gap.Leader(p, metric.HigherIsBetter) switch
                {
                    > 0 => lang.Group(c.A),
                    < 0 => lang.Group(c.B),
                    _ => lang.T("value.level"),
                };
            rows.Add(
            [
                ctx.MetricName(metric),
                leader,
                p is null ? lang.T("value.na") : ComparisonText.Amount(ctx, metric, p.Gap, p.A.Score, signed: true) + " " + ComparisonText.GapUnit(ctx, metric),
                p is null ? lang.T("value.na") : lang.Percent(p.GapPercent),
                ComparisonText.Months(ctx, c),
                p is null ? lang.T("value.na") : lang.Date(p.Date),
            ]);
            if (p?.GapPercent is { } pct)
            {
                bars.Add(new ReportBar(ctx.MetricName(metric), Math.Round(Math.Abs(pct), 1)));
            }
        }

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(lang.T("headline.intro")),
            new ReportTable(
                [lang.T("col.metric"), lang.T("col.leader"), lang.T("col.gap"), lang.T("col.gap_percent"), lang.T("col.months_behind"), lang.T("col.as_of")],
                rows),
        };
        if (bars.Count > 0)
        {
            blocks.Add(new ReportChart("headline", lang.T("headline.bars"), GapBarChart.Build(lang.T("headline.bars"), bars, lang.Culture), lang.T("headline.bars"), bars, Math.Max(380, 80 + (24 * bars.Count))));
        }

        yield return new ReportSection("headline", lang.T("headline.title"), blocks);
    }
}
