using AiRace.Application;
using AiRace.Application.Behind;
using AiRace.Application.Catalog;
using AiRace.Application.Gap;
using AiRace.Application.Validation;
using AiRace.Web.Html;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/metrics</c> (every metric and its coverage) and <c>/metrics/{id}</c> (frontiers, gap, months behind, lead changes for two groups).</summary>
internal static class MetricsApi
{
    public static DashboardPage<IReadOnlyList<MetricRow>> List { get; } = new("/metrics", (r, s) => new MetricsQuery(r.AsOf).Run(s), RenderList, ListTable);

    public static DashboardPage<MetricView> Detail { get; } = new("/metrics/{id}", Run, RenderDetail, v => GapTable.Csv(v.Gap));

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

    private static void RenderList(PageRequest request, IReadOnlyList<MetricRow> rows, HtmlPage html)
    {
        var w = html.Words;
        var t = request.Text;
        html.Title = w.WebMetrics;
        html.H1(w.WebMetrics).Form([]);
        html.Table(w.WebMetrics, [w.WebMetric, w.WebName, w.WebKind, w.WebUnit, w.WebFirstDate, w.WebLastDate, w.WebModels, w.WebObservations], rows.Select(m => (IReadOnlyList<Cell>)
        [
            new Cell(m.Id, request.Href($"/metrics/{Uri.EscapeDataString(m.Id)}")), t.MetricName(m.Id, m.Name), m.Kind, t.Unit(m.Unit),
            t.Date(m.FirstDate), t.Date(m.LastDate), t.Count(m.Models), t.Count(m.Observations),
        ]));
        html.Cite(null, request.AsOf, []);
    }

    private static void RenderDetail(PageRequest request, MetricView v, HtmlPage html)
    {
        var w = html.Words;
        var t = request.Text;
        var pair = GroupPair.Of(request);
        html.Title = t.MetricName(v.Metric.Id, v.Metric.Name);
        html.H1(html.Title).P(v.Metric.Description).Form(GapTable.Fields(request, pair));
        html.Chart(Charts.GapChart.Svg(t, v.Gap), Charts.GapChart.Description(t, v.Gap));
        GapTable.Render(t, v.Gap, html);
        html.Cite(v.Gap.Definition, request.AsOf ?? v.Metric.LastDate, v.Gap.Sources);
        if (v.Behind.Series is { } s)
        {
            html.H2(w.WebMonthsBehind);
            html.P($"{t.Group(s.B)} / {t.Group(s.A)}: {t.Compact(s.Summary.Current)} ({s.Method})");
            html.Table(w.WebMonthsBehind, [w.WebDate, w.WebModel, w.WebMonthsBehind, w.WebLeader], s.Points.Select(p => (IReadOnlyList<Cell>)
            [
                t.Date(p.Date), p.Follower.Model, p.MonthsBehind is { } m ? t.Number(m) : w.WebNever, p.Leader.Model ?? w.WebNever,
            ]));
            html.Cite(s.Definition, request.AsOf ?? v.Metric.LastDate, s.Sources);
        }
        else if (v.Behind.Estimate is { } e)
        {
            html.H2(w.WebMonthsBehind).Cite(e.Definition, request.AsOf ?? v.Metric.LastDate, e.Sources);
        }
    }

    private static CsvTable ListTable(IReadOnlyList<MetricRow> rows) => new(
        ["id", "name", "kind", "unit", "first_date", "last_date", "models", "observations", "higher_is_better"],
        [.. rows.Select(m => (IReadOnlyList<string?>)
        [
            m.Id, m.Name, m.Kind, m.Unit, CsvTable.Date(m.FirstDate), CsvTable.Date(m.LastDate), CsvTable.Number(m.Models), CsvTable.Number(m.Observations),
            m.HigherIsBetter ? "true" : "false",
        ])]);
}
