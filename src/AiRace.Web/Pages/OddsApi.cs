using AiRace.Web.Html;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/odds?metric=&amp;a=&amp;b=</c>: the odds that B's frontier overtakes A's (see <see cref="OddsFigures"/>).</summary>
internal static class OddsApi
{
    public static DashboardPage<OddsView> Page { get; } = new("/odds", OddsFigures.Build, Render, Worded: true);

    public static IEndpointRouteBuilder MapOddsApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    private static void Render(PageRequest request, OddsView v, HtmlPage html)
    {
        var t = request.Text;
        var w = html.Words;
        html.Title = $"{w.WebOdds}: {t.Group(v.A)} – {t.Group(v.B)}";
        html.H1(html.Title).Form(GapTable.Fields(request, GroupPair.Of(request), v.Metric));
        html.P(v.Note);
        html.Element("p", $"{w.WebVerdict}: {v.Trend.Verdict}", "verdict");
        html.Table(w.WebFigure, [w.WebDate, w.WebGap, w.WebMonthsBehind], v.Trend.Series.Select(p => (IReadOnlyList<Cell>)
            [t.Date(p.Date), t.Compact(p.Points), p.MonthsBehind is { } m ? t.Number(m) : w.WebNever]));
        html.Cite(v.Trend.Definition, request.AsOf ?? v.Trend.To, []);
    }
}
