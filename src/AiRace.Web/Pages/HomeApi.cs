using AiRace.Web.Html;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/</c> (and <c>/index.json</c>, <c>/index.csv</c>): the key gap figures and the claims with their verdicts.</summary>
internal static class HomeApi
{
    public static DashboardPage<HomeView> Page { get; } = new("/", HomeFigures.Build, Render, Table, Worded: true);

    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    private static void Render(PageRequest request, HomeView view, HtmlPage html)
    {
        var w = html.Words;
        var t = request.Text;
        html.Title = w.WebHome;
        html.H1(w.WebHome).Form([]);
        html.H2(w.WebKeyGaps);
        html.Table(w.WebKeyGaps, [w.WebMetric, w.WebDate, w.WebGroupA, w.WebScore, w.WebGroupB, w.WebScore, w.WebGap], view.Gaps.Select(g => (IReadOnlyList<Cell>)
        [
            new Cell(t.MetricName(g.Metric, g.Name), request.Href($"/metrics/{Uri.EscapeDataString(g.Metric)}")), t.Date(g.Date),
            $"{t.Group(g.A)}: {g.AModel}", t.Number(g.AScore), $"{t.Group(g.B)}: {g.BModel}", t.Number(g.BScore), $"{t.Signed(g.Gap)} {t.Unit(g.Unit)}",
        ]));
        foreach (var g in view.Gaps)
        {
            html.Cite($"{t.MetricName(g.Metric, g.Name)} — {g.Definition}", view.AsOf ?? g.Date, g.Sources);
        }

        ClaimsApi.RenderClaims(request, view.Claims, html);
    }

    private static CsvTable Table(HomeView view) => new(
        ["metric", "a", "b", "date", "a_model", "a_score", "b_model", "b_score", "gap", "unit"],
        [.. view.Gaps.Select(g => (IReadOnlyList<string?>)[g.Metric, g.A, g.B, CsvTable.Date(g.Date), g.AModel, CsvTable.Number(g.AScore), g.BModel, CsvTable.Number(g.BScore), CsvTable.Number(g.Gap), g.Unit])]);
}
