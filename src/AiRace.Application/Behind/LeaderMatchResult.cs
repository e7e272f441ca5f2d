namespace AiRace.Application.Behind;

/// <summary>
/// A leader frontier model and its first follower match: <c>model</c>, <c>model_key</c>, <c>date</c>, <c>score</c>,
/// <c>matched_by</c> (null while censored), <c>match_date</c>, <c>months</c>, <c>censored</c>.
/// </summary>
public sealed record LeaderMatchResult(
    string Model, string ModelKey, DateOnly Date, double Score, string? MatchedBy, DateOnly? MatchDate, double? Months, bool Censored);
