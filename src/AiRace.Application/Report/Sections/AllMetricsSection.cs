using AiRace.Application.Report.Charts;
using AiRace.Application.Report.Model;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// The latest US–China gap on every metric (<c>--all</c>), as a table and a bar chart of the US lead in percent: China-led
/// rows are drawn negative, to the other side.
/// </summary>
public sealed class AllMetricsSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        if (ctx.Metrics.Count == 0)
        {
            yield break;
        }

        var text = ctx.Text;
        var na = text.NotAvailable;
        var rows = new List<IReadOnlyList<string>>();
        var bars = new List<ReportBar>();
        foreach (var metric in ctx.Metrics)
        {
            var c = ctx.Compare(metric, ReportContext.UnitedStates, ReportContext.China);
            var p = c.Gap.Latest;
            var leader = p is null ? na
                : AiRace.Core.Analysis.Gap.Leader(p, metric.HigherIsBetter) switch
                {
                    > 0 => text.Group(c.A),
                    < 0 => text.Group(c.B),
                    _ => text.Level,
                };
            rows.Add(
            [
                ctx.MetricName(metric),
                leader,
                p is null ? na : ComparisonText.GapAmount(ctx, metric, p),
                p is null ? na : text.Percent(p.GapPercent),
                ComparisonText.Months(ctx, c),
                p is null ? na : text.Date(p.Date),
            ]);
            if (p?.GapPercent is { } pct)
            {
                bars.Add(new ReportBar(ctx.MetricName(metric), Math.Round(metric.HigherIsBetter ? pct : -pct, 1)));
            }
        }

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(text.HeadlineIntro),
            new ReportTable(
                [text.ColumnMetric, text.ColumnLeader, text.ColumnGap, text.ColumnGapPercent, text.ColumnMonthsBehind, text.ColumnAsOf],
                rows),
        };
        if (bars.Count > 0)
        {
            blocks.Add(new ReportChart("all-metrics", text.HeadlineBars, GapBarChart.Build(text.HeadlineBars, bars, text.Culture), text.HeadlineBars, bars, GapBarChart.Height(bars.Count)));
        }

        yield return new ReportSection("all-metrics", text.AllMetricsTitle, blocks);
    }
}
