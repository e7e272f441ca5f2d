using AiRace.Application.Claims;
using AiRace.Core.Claims;
using AiRace.Web.Html;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Pages;

/// <summary><c>/claims</c>: every claim of the ledger with its verdict and evidence.</summary>
internal static class ClaimsApi
{
    public static DashboardPage<ClaimsResult> Page { get; } = new(
        "/claims",
        (r, s) => ClaimsQueries.Run(s.Store, s.Attribution, new ClaimsQuery(AsOf: r.AsOf, Language: r.Text.Code)),
        (r, v, html) =>
        {
            html.Title = html.Words.WebClaims;
            html.H1(v.Labels.Title).Form([]);
            RenderClaims(r, v, html);
        },
        Table,
        Worded: true);

    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app) => app.MapPage(Page);

    /// <summary>The claims table and each claim's cite line (also on the home page).</summary>
    public static void RenderClaims(PageRequest request, ClaimsResult result, HtmlPage html)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(html);
        var l = result.Labels;
        html.Table(l.Title, [l.Who, l.Claim, l.Verdict, l.Figure, l.AsOf, l.Source], result.Claims.Select(c => (IReadOnlyList<Cell>)
        [
            $"{c.Who} ({c.DateText})", c.Claim, c.VerdictText, c.Evidence.Figure, c.AsOfText ?? request.Text.NotAvailable,
            new Cell(c.Definition.SourceUrl, IsWebUrl(c.Definition.SourceUrl) ? c.Definition.SourceUrl : null),
        ]));
        html.P(l.Summary);
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);

    private static CsvTable Table(ClaimsResult result) => new(
        ["id", "who", "date", "claim", "verdict", "figure", "definition", "as_of", "command", "source_url"],
        [.. result.Claims.Select(c => (IReadOnlyList<string?>)
        [
            c.Definition.Id, c.Who, CsvTable.Date(c.Definition.Date), c.Claim, ClaimVerdictNames.ToName(c.Verdict), c.Evidence.Figure,
            c.Evidence.Definition, CsvTable.Date(c.Evidence.AsOf), c.Evidence.Command, c.Definition.SourceUrl,
        ])]);
}
