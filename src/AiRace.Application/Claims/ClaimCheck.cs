using AiRace.Core.Claims;

namespace AiRace.Application.Claims;

/// <summary>One claim and what the store says about it. Text fields are in the query's language; <see cref="Verdict"/> is stable.</summary>
/// <param name="Definition">The claim as it was read from the ledger.</param>
/// <param name="Who">Who said it, in the query's language.</param>
/// <param name="Claim">The testable claim, in the query's language.</param>
/// <param name="Verdict">The verdict of the claim type's rule.</param>
/// <param name="VerdictText">The verdict in words, in the query's language.</param>
/// <param name="Evidence">The figure behind the verdict.</param>
/// <param name="DateText">The claim's date, formatted for the query's language.</param>
/// <param name="AsOfText">The figure's as-of date, formatted for the query's language (null when nothing was read).</param>
public sealed record ClaimCheck(
    ClaimDefinition Definition, string Who, string Claim, ClaimVerdict Verdict, string VerdictText, ClaimEvidence Evidence, string DateText, string? AsOfText);
