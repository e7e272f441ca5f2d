namespace AiRace.Application.Claims;

/// <summary>
/// Check the claims ledger against the store: the bundled claims plus <paramref name="ClaimsFile"/>, with data known on or
/// before <paramref name="AsOf"/>, worded in <paramref name="Language"/> (<c>en</c> or <c>vi</c>).
/// <paramref name="Odds"/> supplies validated overtaking probabilities; without it, probability claims are not measurable.
/// </summary>
public sealed record ClaimsQuery(string? ClaimsFile = null, DateOnly? AsOf = null, string Language = "en", OvertakeOddsProvider? Odds = null);
