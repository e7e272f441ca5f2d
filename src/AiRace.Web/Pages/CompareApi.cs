using AiRace.Application;
using AiRace.Application.Catalog;
using AiRace.Application.Gap;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/compare?metric=&amp;a=&amp;b=</c>: two groups on one metric (the metric with the most observations when none is named).</summary>
internal static class CompareApi
{
    public static DashboardPage<GapResult> Page { get; } = new("/compare", Run, typeof(ComparePage), GapTable.Csv);

    public static IEndpointRouteBuilder MapCompareApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    /// <summary>The metric a page compares on: <c>?metric=</c>, else the metric with the most observations.</summary>
    public static string Metric(PageRequest request, StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query(Parameters.Metric) ?? new MetricsQuery(request.AsOf).Run(session)
            .OrderByDescending(m => m.Observations).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id).FirstOrDefault() ?? string.Empty;
    }

    private static GapResult Run(PageRequest request, StoreSession session) =>
        new GapQuery(Metric(request, session), GroupPair.Of(request).Between, AsOf: request.AsOf).Run(session);
}
