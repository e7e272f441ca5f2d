using AiRace.Application.Text;
using AiRace.Core.Figures;
using AiRace.Web.Html;
using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>A share figure as a page shows it (one row per date, one column per group, the denominator) and its long-form CSV.</summary>
internal static class ShareTable
{
    public static void Render(PageRequest request, ShareFigure f, HtmlPage html)
    {
        var t = request.Text;
        var w = t;
        var groups = f.Points.SelectMany(p => p.Shares.Keys).Distinct(StringComparer.Ordinal).ToList();
        html.P($"{w.WebDenominator}: {f.Denominator}");
        html.Table(
            $"{f.Measure} / {f.GroupBy}",
            [w.WebDate, .. groups.Select(t.Group), w.WebTotal],
            f.Points.Select(p => (IReadOnlyList<Cell>)
            [
                t.Date(p.Date), .. groups.Select(g => (Cell)(p.Shares.TryGetValue(g, out var s) ? t.Share(s) : t.NotAvailable)), t.Count(p.Total),
            ]));
        if (f.Crossings.Count > 0)
        {
            html.H2(w.WebCrossings).Links(f.Crossings.Select(c => new Cell($"{t.Date(c.Date)}: {c.Text}")));
        }

        foreach (var note in f.Notes)
        {
            html.P(note);
        }

        html.Cite(f.Definition, request.AsOf ?? f.Points.LastOrDefault()?.Date, f.Sources.Select(s => s.Attribution));
    }

    public static CsvTable Csv(ShareFigure f) => new(
        ["date", "group", "share", "value", "total"],
        [.. f.Points.SelectMany(p => p.Shares.Select(s => (IReadOnlyList<string?>)
        [
            CsvTable.Date(p.Date), s.Key, CsvTable.Number(s.Value), CsvTable.Number(p.Values.TryGetValue(s.Key, out var v) ? v : null), CsvTable.Number(p.Total),
        ]))]);
}
