using AiRace.Application.Headline;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/</c> (and <c>/index.json</c>, <c>/index.csv</c>): the report's headline; the CSV twin is the latest US–China comparison on each key measure.</summary>
internal static class HomeApi
{
    public static DashboardPage<HomeView> Page { get; } = new("/", HomeFigures.Build, typeof(HomePage), Table, Worded: true);

    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    private static CsvTable Table(HomeView view) => new(
        ["metric", "scale", "date", "us_model", "us_score", "cn_model", "cn_score", "gap", "gap_percent", "months_behind", "trend"],
        [.. view.Headline.Measures.Select(Row)]);

    private static IReadOnlyList<string?> Row(HeadlineMeasure m) =>
    [
        m.Metric, m.Scale, CsvTable.Date(m.Latest?.Date), m.Latest?.A.Model, CsvTable.Number(m.Latest?.A.Score), m.Latest?.B.Model, CsvTable.Number(m.Latest?.B.Score),
        CsvTable.Number(m.Latest?.Gap), CsvTable.Number(m.Latest?.GapPercent), CsvTable.Number(m.MonthsBehind?.Months), m.Trend is { } t ? Core.Odds.TrendVerdictNames.ToText(t.Verdict) : null,
    ];
}
