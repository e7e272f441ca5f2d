using AiRace.Application;
using AiRace.Application.Behind;
using AiRace.Application.Catalog;
using AiRace.Application.Gap;
using AiRace.Application.Validation;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/metrics</c> (every metric and its coverage) and <c>/metrics/{id}</c> (frontiers, gap, months behind, lead changes for two groups).</summary>
internal static class MetricsApi
{
    public static DashboardPage<IReadOnlyList<MetricRow>> List { get; } = new("/metrics", (r, s) => new MetricsQuery(r.AsOf).Run(s), typeof(MetricsPage), ListTable);

    public static DashboardPage<MetricView> Detail { get; } = new("/metrics/{id}", Run, typeof(MetricPage), v => GapTable.Csv(v.Gap));

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app) => app.MapPage(List).MapPage(Detail);

    private static MetricView Run(PageRequest request, StoreSession session)
    {
        var id = request.Http.Request.RouteValues["id"] as string;
        var metric = MetricIds.Resolve(session.Store, id).Id;
        var row = new MetricsQuery(request.AsOf).Run(session).FirstOrDefault(m => m.Id == metric) ?? throw MetricIds.Unknown(session.Store, id);
        var pair = GroupPair.Of(request);
        return new MetricView(
            row,
            new GapQuery(metric, pair.Between, AsOf: request.AsOf).Run(session),
            new BehindQuery(metric, pair.Between, AsOf: request.AsOf).Run(session));
    }

    private static CsvTable ListTable(IReadOnlyList<MetricRow> rows) => new(
        ["id", "name", "kind", "unit", "first_date", "last_date", "models", "observations", "higher_is_better"],
        [.. rows.Select(m => (IReadOnlyList<string?>)
        [
            m.Id, m.Name, m.Kind, m.Unit, CsvTable.Date(m.FirstDate), CsvTable.Date(m.LastDate), CsvTable.Number(m.Models), CsvTable.Number(m.Observations),
            m.HigherIsBetter ? "true" : "false",
        ])]);
}
