using AiRace.Application.Headline;
using AiRace.Application.Report.Charts;
using AiRace.Application.Report.Model;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// Answer 1, "How far ahead is the US?": on each key measure the gap in points and percent and China's months behind (the
/// <c>behind</c> command's estimate, with its interval), each on its stated scale; a signed bar chart of the lead, and (in
/// the files) the frontiers and the lead over time.
/// </summary>
public sealed class AheadSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var measures = ctx.Headline.Measures;
        var blocks = new List<ReportBlock> { new ReportParagraph(text.AheadIntro) };
        if (measures.Count == 0)
        {
            blocks.Add(new ReportParagraph(text.NoData));
            yield return new ReportSection("ahead", text.AheadTitle, blocks);
            yield break;
        }

        var rows = new List<IReadOnlyList<string>>();
        var bars = new List<ReportBar>();
        foreach (var m in measures)
        {
            var metric = HeadlineNames.Metric(ctx, m);
            var p = m.Latest!;
            var behind = m.MonthsBehind;
            rows.Add(
            [
                HeadlineNames.Name(ctx, m),
                text.ScaleOf(m.Snapshot, p.Date),
                ComparisonText.Amount(ctx, metric, p.Gap, p.A.Score, signed: true) + " " + ComparisonText.GapUnit(ctx, metric),
                text.Percent(m.UsLeadPercent),
                behind is null ? text.NotAvailable : text.MonthsWithInterval(behind.Months, behind.Ci90[0], behind.Ci90[1]),
            ]);
            if (m.UsLeadPercent is { } lead)
            {
                bars.Add(new ReportBar(HeadlineNames.Name(ctx, m), Math.Round(lead, 1)));
            }
        }

        blocks.Add(new ReportTable([text.ColumnMeasure, text.ColumnScale, text.ColumnGap, text.ColumnGapPercent, text.ColumnMonthsBehindCi], rows));
        if (bars.Count > 0)
        {
            blocks.Add(new ReportChart("ahead", text.HeadlineBars, GapBarChart.Build(text.HeadlineBars, bars, text.Culture), text.HeadlineBars, bars, GapBarChart.Height(bars.Count)));
        }

        blocks.Add(HeadlineCharts.GapHistory(measures, m => HeadlineNames.Name(ctx, m), text));
        blocks.AddRange(measures.Select(m => HeadlineCharts.Frontiers(m, HeadlineNames.Name(ctx, m), ctx.Unit(HeadlineNames.Metric(ctx, m)), text)));
        blocks.Add(new ReportList(text.DefinitionsTitle, [text.AheadDefinition, text.MonthsBehindHeadlineDefinition]));
        // One paragraph, not a list: the credits wrap as one text and the headline stays within a terminal page.
        blocks.Add(new ReportParagraph(text.SourceLabel(string.Join("; ", measures.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal)))));
        yield return new ReportSection("ahead", text.AheadTitle, blocks);
    }
}
