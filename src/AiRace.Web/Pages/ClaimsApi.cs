using AiRace.Application.Claims;
using AiRace.Core.Claims;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/claims</c>: every claim of the ledger with its verdict and evidence.</summary>
internal static class ClaimsApi
{
    public static DashboardPage<ClaimsResult> Page { get; } = new(
        "/claims",
        (r, s) => ClaimsQueries.Run(s.Store, s.Attribution, new ClaimsQuery(AsOf: r.AsOf, Language: r.Text.Code)),
        typeof(ClaimsPage),
        Table,
        Worded: true);

    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    private static CsvTable Table(ClaimsResult result) => new(
        ["id", "who", "date", "claim", "verdict", "figure", "definition", "as_of", "command", "source_url"],
        [.. result.Claims.Select(c => (IReadOnlyList<string?>)
        [
            c.Definition.Id, c.Who, CsvTable.Date(c.Definition.Date), c.Claim, ClaimVerdictNames.ToName(c.Verdict), c.Evidence.Figure,
            c.Evidence.Definition, CsvTable.Date(c.Evidence.AsOf), c.Evidence.Command, c.Definition.SourceUrl,
        ])]);
}
