using AiRace.Application.Report.Model;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// Answer 2, "Is the gap widening?": one verdict per key measure with the slope of the gap in points and in months behind and
/// their 90% intervals (the trend query), and one sentence for each measure whose points and months disagree.
/// </summary>
public sealed class WideningSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var blocks = new List<ReportBlock> { new ReportParagraph(text.WideningIntro) };
        var rows = new List<IReadOnlyList<string>>();
        var disagreements = new List<string>();
        foreach (var m in ctx.Headline.Measures)
        {
            var name = HeadlineNames.Name(ctx, m);
            if (m.Trend is not { } t)
            {
                rows.Add([name, text.NotAvailable, text.TrendTooShort, text.NotAvailable, text.NotAvailable]);
                continue;
            }

            var unit = ComparisonText.GapUnit(ctx, HeadlineNames.Metric(ctx, m));
            var months = t.MonthsBehind is { } mb && t.MonthsVerdict is { } mv
                ? text.SlopeCell(mb.SlopePerYear, text.MonthsUnit, mb.Ci90[0], mb.Ci90[1], mv)
                : text.NotAvailable;
            rows.Add(
            [
                name, $"{text.Date(t.From)} – {text.Date(t.To)}",
                text.SlopeCell(t.Points.SlopePerYear, unit, t.Points.Ci90[0], t.Points.Ci90[1], t.PointsVerdict),
                months, text.Verdict(t.Verdict),
            ]);
            if (t.Disagree)
            {
                disagreements.Add(text.PointsMonthsDisagree(name, t.PointsVerdict, t.MonthsVerdict!.Value));
            }
        }

        if (rows.Count == 0)
        {
            blocks.Add(new ReportParagraph(text.NoData));
        }
        else
        {
            blocks.Add(new ReportTable([text.ColumnMeasure, text.ColumnWindow, text.ColumnPointsTrend, text.ColumnMonthsTrend, text.ColumnVerdict], rows));
        }

        blocks.AddRange(disagreements.Select(d => new ReportParagraph(d)));
        blocks.Add(new ReportParagraph(text.DefinitionLabel(text.WideningDefinition)));
        yield return new ReportSection("widening", text.WideningTitle, blocks);
    }
}
