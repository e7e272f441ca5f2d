using AiRace.Web.Html;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/odds?metric=&amp;a=&amp;b=</c>: the calibrated odds that the group behind overtakes the group ahead (see <see cref="OddsFigures"/>).</summary>
internal static class OddsApi
{
    public static DashboardPage<OddsView> Page { get; } = new("/odds", OddsFigures.Build, Render, Worded: true);

    public static IEndpointRouteBuilder MapOddsApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    private static void Render(PageRequest request, OddsView v, HtmlPage html)
    {
        var t = request.Text;
        html.Title = $"{html.Words.WebOdds}: {t.Group(v.A)} – {t.Group(v.B)}";
        html.H1(html.Title).Form(GapTable.Fields(request, GroupPair.Of(request), v.Metric));
        if (v.Note is { } note)
        {
            html.P(note, "note");
        }

        ReportBlocksHtml.Render(v.Blocks, html);
        if (v.Result is { } r)
        {
            html.Cite(r.Forecast.Definition, r.Forecast.AsOf, []);
        }
    }
}
