using System.Globalization;
using AiRace.Application;
using AiRace.Application.Catalog;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/models</c> (search, organization, country, openness), <c>/orgs</c> and <c>/sources</c> (every import with its attribution).</summary>
internal static class CatalogApi
{
    public static readonly IReadOnlyList<(string Name, string Value)> Openness = [("open", "open"), ("closed", "closed"), ("unknown", "unknown")];

    public static DashboardPage<IReadOnlyList<ModelRow>> Models { get; } = new("/models", RunModels, typeof(ModelsPage), ModelsTable);

    public static DashboardPage<IReadOnlyList<OrgRow>> Orgs { get; } = new("/orgs", (r, s) => new OrgsQuery(AsOf: r.AsOf).Run(s), typeof(OrgsPage), OrgsTable);

    public static DashboardPage<IReadOnlyList<SourceRow>> Sources { get; } = new(
        "/sources", (r, s) => [.. new SourcesQuery(r.AsOf).Imports(s).Select(SourceRow.Of)], typeof(SourcesPage), SourcesTable);

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app) => app.MapPage(Models).MapPage(Orgs).MapPage(Sources);

    private static IReadOnlyList<ModelRow> RunModels(PageRequest r, StoreSession s)
    {
        var openness = r.Query("openness") is { } o ? Inputs.Choose("openness", o, Openness) : null;
        return [.. new ModelsQuery(r.Query("search"), r.Query("org"), r.Query("country"), r.AsOf).Run(s).Where(m => openness is null || m.Openness == openness)];
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
