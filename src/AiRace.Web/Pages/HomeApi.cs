using AiRace.Web.Html;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/</c> (and <c>/index.json</c>): the report's headline, its six answers and the claims.</summary>
internal static class HomeApi
{
    public static DashboardPage<HomeView> Page { get; } = new("/", HomeFigures.Build, Render, Worded: true);

    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    private static void Render(PageRequest request, HomeView view, HtmlPage html)
    {
        var doc = view.Document;
        html.Title = html.Words.WebHome;
        html.H1(doc.Title).Form([]);
        html.P(doc.Subtitle);
        foreach (var note in doc.Notes)
        {
            html.P(note, "note");
        }

        foreach (var section in doc.Sections)
        {
            html.H2(section.Title);
            ReportBlocksHtml.Render(section.Blocks, html);
        }

        html.Cite(request.Text.HeadlineQuestion, view.Headline.AsOf, view.Headline.Measures.SelectMany(m => m.Sources));
    }
}
