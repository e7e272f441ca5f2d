using AiRace.Application.Claims;
using AiRace.Core.Claims;

namespace AiRace.Application.Headline;

/// <summary>
/// One claim of the ledger, checked: <c>id</c>, <c>who</c> (and <c>who_vi</c>), <c>date</c>, <c>claim</c> (and
/// <c>claim_vi</c>), <c>verdict</c>, <c>as_of</c> (the figure's last date of data), <c>command</c>, <c>values</c>
/// (the figure's numbers by name) and <c>source_url</c>.
/// </summary>
public sealed record HeadlineClaim(
    string Id, string Who, string? WhoVi, DateOnly Date, string Claim, string? ClaimVi, ClaimVerdict Verdict, DateOnly? AsOf, string Command,
    IReadOnlyDictionary<string, double> Values, string SourceUrl)
{
    public static HeadlineClaim Of(ClaimCheck c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var d = c.Definition;
        return new(d.Id, d.Who, d.WhoVi, d.Date, d.Claim, d.ClaimVi, c.Verdict, c.Evidence.AsOf, c.Evidence.Command, c.Evidence.Values, d.SourceUrl);
    }
}
