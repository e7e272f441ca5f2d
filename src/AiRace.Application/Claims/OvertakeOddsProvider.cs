namespace AiRace.Application.Claims;

/// <summary>
/// Supplies the odds model's probability for a question, or null when there is none the caller trusts. Return a value only
/// when the model passed its back-test (set <see cref="ValidatedOdds.BacktestPassed"/>); the claims query treats any other
/// answer as not measurable. Wired by the caller, so that the claims ledger does not depend on how the odds are computed.
/// </summary>
public delegate ValidatedOdds? OvertakeOddsProvider(OddsQuestion question);
