namespace AiRace.Application.Claims;

/// <summary>Every claim of the ledger, checked, in the ledger's order.</summary>
public sealed record ClaimsResult(IReadOnlyList<ClaimCheck> Claims, string Language, DateOnly? AsOf, ClaimsLabels Labels);
