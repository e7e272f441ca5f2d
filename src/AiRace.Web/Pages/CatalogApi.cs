using System.Globalization;
using AiRace.Application;
using AiRace.Application.Catalog;
using AiRace.Web.Html;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/models</c> (search, organization, country, openness), <c>/orgs</c> and <c>/sources</c> (every import with its attribution).</summary>
internal static class CatalogApi
{
    private static readonly IReadOnlyList<(string Name, string Value)> Openness = [("open", "open"), ("closed", "closed"), ("unknown", "unknown")];

    public static DashboardPage<IReadOnlyList<ModelRow>> Models { get; } = new("/models", RunModels, RenderModels, ModelsTable);

    public static DashboardPage<IReadOnlyList<OrgRow>> Orgs { get; } = new("/orgs", (r, s) => new OrgsQuery(AsOf: r.AsOf).Run(s), RenderOrgs, OrgsTable);

    public static DashboardPage<IReadOnlyList<SourceRow>> Sources { get; } = new(
        "/sources", (r, s) => [.. new SourcesQuery(r.AsOf).Imports(s).Select(SourceRow.Of)], RenderSources, SourcesTable);

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app) => app.MapPage(Models).MapPage(Orgs).MapPage(Sources);

    private static IReadOnlyList<ModelRow> RunModels(PageRequest r, StoreSession s)
    {
        var openness = r.Query("openness") is { } o ? Inputs.Choose("openness", o, Openness) : null;
        return [.. new ModelsQuery(r.Query("search"), r.Query("org"), r.Query("country"), r.AsOf).Run(s).Where(m => openness is null || m.Openness == openness)];
    }

    private static void RenderModels(PageRequest r, IReadOnlyList<ModelRow> rows, HtmlPage html)
    {
        var w = html.Words;
        var t = r.Text;
        html.Title = w.WebModels;
        html.H1(w.WebModels).Form(
        [
            new FormField("search", w.WebSearch, r.Query("search")),
            new FormField("org", w.WebOrganization, r.Query("org")),
            new FormField("country", w.WebCountry, r.Query("country")),
            new FormField("openness", w.WebOpenness, r.Query("openness") ?? string.Empty, [(string.Empty, w.WebAny), .. Openness.Select(x => (x.Name, x.Name))]),
        ]);
        html.Table(w.WebModels, [w.WebModel, w.WebName, w.WebOrganization, w.WebCountry, w.WebRule, w.WebOpenness, w.WebReleaseDate], rows.Select(m => (IReadOnlyList<Cell>)
        [
            m.Key, m.Name, m.Organization is { } org ? new Cell(org, r.Href("/models?org=" + Uri.EscapeDataString(org))) : t.NotAvailable,
            m.Country is { } c ? t.Group(c) : t.NotAvailable, m.CountryRule, m.Openness, t.Date(m.ReleaseDate),
        ]));
        html.Cite(null, r.AsOf, []);
    }

    private static void RenderOrgs(PageRequest r, IReadOnlyList<OrgRow> rows, HtmlPage html)
    {
        var w = html.Words;
        var t = r.Text;
        html.Title = w.WebOrgs;
        html.H1(w.WebOrgs).Form([]);
        html.Table(w.WebOrgs, [w.WebOrganization, w.WebCountry, w.WebRule, w.WebModels, w.WebUnresolved, w.WebBestRank], rows.Select(o => (IReadOnlyList<Cell>)
        [
            new Cell(o.Organization, r.Href("/models?org=" + Uri.EscapeDataString(o.Organization))), o.Country ?? t.NotAvailable, o.Rules, t.Count(o.Models),
            t.Count(o.UnresolvedModels), o.BestRank is { } b ? t.Count(b) : t.NotAvailable,
        ]));
        html.Cite(null, r.AsOf, []);
    }

    private static void RenderSources(PageRequest r, IReadOnlyList<SourceRow> rows, HtmlPage html)
    {
        var w = html.Words;
        var t = r.Text;
        html.Title = w.WebSources;
        html.H1(w.WebSources).Form([]);
        html.Table(w.WebSources, [w.WebKind, w.WebFile, w.WebRows, w.WebImported, w.WebAttribution], rows.Select(s => (IReadOnlyList<Cell>)
        [
            s.Kind, s.File, t.Count(s.Rows), t.Date(DateOnly.FromDateTime(s.ImportedAt.UtcDateTime)), s.Attribution,
        ]));
    }

    private static CsvTable ModelsTable(IReadOnlyList<ModelRow> rows) => new(
        ["key", "name", "organization", "country", "country_rule", "openness", "release_date"],
        [.. rows.Select(m => (IReadOnlyList<string?>)[m.Key, m.Name, m.Organization, m.Country, m.CountryRule, m.Openness, CsvTable.Date(m.ReleaseDate)])]);

    private static CsvTable OrgsTable(IReadOnlyList<OrgRow> rows) => new(
        ["organization", "country", "rules", "models", "unresolved_models", "best_rank"],
        [.. rows.Select(o => (IReadOnlyList<string?>)[o.Organization, o.Country, o.Rules, CsvTable.Number(o.Models), CsvTable.Number(o.UnresolvedModels), CsvTable.Number(o.BestRank)])]);

    private static CsvTable SourcesTable(IReadOnlyList<SourceRow> rows) => new(
        ["kind", "file", "sha256", "bytes", "rows", "imported_at", "retrieved_at", "attribution"],
        [.. rows.Select(s => (IReadOnlyList<string?>)
        [
            s.Kind, s.File, s.Sha256, CsvTable.Number(s.Bytes), CsvTable.Number(s.Rows), s.ImportedAt.ToString("O", CultureInfo.InvariantCulture),
            s.RetrievedAt?.ToString("O", CultureInfo.InvariantCulture), s.Attribution,
        ])]);
}
