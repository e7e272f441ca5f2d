using AiRace.Application.Text;
using AiRace.Core.Attribution;
using AiRace.Core.Claims;
using AiRace.Store;

namespace AiRace.Application.Claims;

/// <summary>Runs a <see cref="ClaimsQuery"/>: reads the ledger, evaluates each claim with its type's rule, and words the result.</summary>
public static class ClaimsQueries
{
    /// <param name="store">The store (read-only is enough).</param>
    /// <param name="policy">The country attribution policy.</param>
    /// <param name="query">The query.</param>
    public static ClaimsResult Run(AiRaceStore store, CountryAttribution policy, ClaimsQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(query);
        var text = TextCatalog.For(query.Language).Claims;
        var claims = ClaimsFile.BundledPlus(query.ClaimsFile);
        var ctx = new ClaimContext(store, policy, query.AsOf, text, query.Odds);
        var checks = claims.Select(c =>
        {
            var outcome = Evaluate(ctx, c);
            return new ClaimCheck(
                c, text.Who(c), text.Claim(c), outcome.Verdict, text.Verdict(outcome.Verdict), outcome.Evidence, text.Day(c.Date),
                outcome.Evidence.AsOf is { } d ? text.Day(d) : null);
        }).ToList();
        return new ClaimsResult(checks, text.Language, query.AsOf, text.Labels(checks));
    }

    private static ClaimOutcome Evaluate(ClaimContext ctx, ClaimDefinition claim) => claim.Type switch
    {
        ClaimType.Leads => PerformanceClaims.Leads(ctx, claim),
        ClaimType.GapNarrowed => PerformanceClaims.Narrowed(ctx, claim),
        ClaimType.GapWidening => TrendClaims.Widening(ctx, claim),
        ClaimType.MonthsBehind => MonthsBehindClaims.Evaluate(ctx, claim),
        ClaimType.ProbabilityBelow => OddsClaims.Evaluate(ctx, claim),
        ClaimType.ShareRose => UsageClaims.ShareRose(ctx, claim),
        ClaimType.ShareLeads => AdoptionClaims.ShareLeads(ctx, claim),
        ClaimType.Overtook => AdoptionClaims.Overtook(ctx, claim),
        _ => AdoptionClaims.CountAbove(ctx, claim),
    };
}
