using AiRace.Application.Validation;
using AiRace.Core.Adoption;
using AiRace.Core.Figures;
using AiRace.Web.Components;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary>
/// <c>/adoption?by=&amp;measure=</c> (Hugging Face shares) and <c>/usage?by=&amp;free=&amp;denominator=</c> (OpenRouter token
/// shares): shares with their denominators and crossings.
/// </summary>
internal static class SharesApi
{
    public static DashboardPage<ShareFigure> Adoption { get; } = new("/adoption", RunAdoption, typeof(AdoptionPage), ShareTable.Csv);

    public static DashboardPage<ShareFigure> Usage { get; } = new("/usage", RunUsage, typeof(UsagePage), ShareTable.Csv);

    public static IEndpointRouteBuilder MapSharesApi(this IEndpointRouteBuilder app) => app.MapPage(Adoption).MapPage(Usage);

    private static ShareFigure RunAdoption(PageRequest r, Application.StoreSession s)
    {
        var by = Inputs.Choose("by", r.Query("by") ?? "country", ShareChoices.AdoptionGroupings);
        var measure = Inputs.About("measure", () => AdoptionMeasureNames.Parse(r.Query("measure") ?? "downloads"));

        return new Application.Adoption.AdoptionQuery(by, measure, AsOf: r.AsOf).Run(s);
    }

    private static ShareFigure RunUsage(PageRequest r, Application.StoreSession s) => new Application.Usage.UsageQuery(
        Inputs.Choose("by", r.Query("by") ?? "country", ShareChoices.UsageGroupings),
        Inputs.Choose("free", r.Query("free") ?? "merged", ShareChoices.FreeModes),
        Inputs.Choose("denominator", r.Query("denominator") ?? "listed", ShareChoices.Denominators),
        AsOf: r.AsOf).Run(s);

    public static IEnumerable<FormField> AdoptionFields(PageRequest r) =>
    [
        Select("by", r.Text.WebGroupBy, r.Query("by") ?? "country", ShareChoices.AdoptionGroupings.Select(c => c.Name)),
        Select("measure", "measure", r.Query("measure") ?? "downloads", AdoptionMeasureNames.All),
    ];

    public static IEnumerable<FormField> UsageFields(PageRequest r) =>
    [
        Select("by", r.Text.WebGroupBy, r.Query("by") ?? "country", ShareChoices.UsageGroupings.Select(c => c.Name)),
        Select("free", "free", r.Query("free") ?? "merged", ShareChoices.FreeModes.Select(c => c.Name)),
        Select("denominator", r.Text.WebDenominator, r.Query("denominator") ?? "listed", ShareChoices.Denominators.Select(c => c.Name)),
    ];

    private static FormField Select(string name, string label, string value, IEnumerable<string> names) =>
        new(name, label, value, [.. names.Select(n => (n, n))]);
}
