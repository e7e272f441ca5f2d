using AiRace.Application.Text;
using AiRace.Application.Report.Model;
using AiRace.Core.Odds;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// The report section "Is the gap widening?" (Vietnamese: "Khoảng cách có đang nới rộng không?"): the verdict, the slopes
/// with their 90% intervals, change points, and the three months-behind measures side by side, in the catalog's language.
/// <see cref="Build"/> gives the report blocks (every writer renders them).
/// </summary>
public static class GapTrendSection
{
    public static ReportSection Build(GapTrendResult r, string metric, string leader, string follower, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(text);
        var unit = text.Unit(r.Points.Unit);
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(text.TrendIntro(leader, follower, metric, r.From, r.To, r.Verdict)),
        };
        var slopes = new List<string> { Slope(r.Points, unit, text) };
        if (r.MonthsBehind is { } m)
        {
            slopes.Add(Slope(m, unit, text));
        }

        blocks.Add(new ReportList(text.SlopesTitle, slopes));
        blocks.Add(new ReportParagraph(text.ChangePoints([.. r.Points.ChangePoints.Select(c => (c.Date, (double?)c.SlopeBefore, (double?)c.SlopeAfter))], unit)));
        var rows = r.MonthsBehindMethods.Select(e => (IReadOnlyList<string>)
        [
            text.MonthsBehindMethod(e.Name), e.Months is null ? text.NotEstimable : text.Compact(e.Months),
            text.Range(text.Compact(e.Ci90Low), text.Compact(e.Ci90High)), $"{text.Count(e.Censored)} / {text.Count(e.N)}",
        ]).ToList();
        blocks.Add(new ReportTable(text.MonthsBehindColumns, rows));
        if (r.Disagreement is not null)
        {
            blocks.Add(new ReportParagraph(text.Disagreement(r.Disagreement)));
        }

        blocks.Add(new ReportParagraph(text.DefinitionLabel(text.TrendDefinition(r.Definition, metric, unit, leader, follower))));
        return new ReportSection("gap-trend", text.TrendTitle, blocks);
    }

    private static string Slope(TrendEstimate t, string unit, TextCatalog text) =>
        text.Slope(t.Measure == "points", t.SlopePerYear, t.Measure == "points" ? unit : text.MonthsUnit, t.Ci90.Low, t.Ci90.High, t.Verdict, t.First, t.Last);
}
