namespace AiRace.Core.Analysis;

/// <summary>
/// One leader frontier model in the first-match method: when it reached the leader's frontier and with what score,
/// the follower model that first came within the tolerance of that score and when, and the delay in months.
/// A leader model still unmatched at the cut-off is censored: <see cref="Months"/> is then the follow-up time so far.
/// </summary>
public sealed record FirstMatchLeader(
    string ModelKey,
    DateOnly Date,
    double Score,
    string? MatchedBy,
    DateOnly? MatchDate,
    double Months,
    bool Censored);
