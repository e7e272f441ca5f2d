using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/</c> (and <c>/index.json</c>, <c>/index.csv</c>): the key gap figures and the claims with their verdicts.</summary>
internal static class HomeApi
{
    public static DashboardPage<HomeView> Page { get; } = new("/", HomeFigures.Build, typeof(HomePage), Table, Worded: true);

    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    private static CsvTable Table(HomeView view) => new(
        ["metric", "a", "b", "date", "a_model", "a_score", "b_model", "b_score", "gap", "unit"],
        [.. view.Gaps.Select(g => (IReadOnlyList<string?>)[g.Metric, g.A, g.B, CsvTable.Date(g.Date), g.AModel, CsvTable.Number(g.AScore), g.BModel, CsvTable.Number(g.BScore), CsvTable.Number(g.Gap), g.Unit])]);
}
