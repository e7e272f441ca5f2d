namespace AiRace.Core.Analysis;

/// <summary>
/// Each model's first appearance on any snapshot (leaderboard) metric in the store, and <see cref="Start"/>, the first
/// snapshot date of all of them. A release date is not a score, so every board of a leaderboard family is evidence of it;
/// a first appearance on <see cref="Start"/> is only a bound (the model may be older than the data).
/// </summary>
public sealed record FirstAppearances(IReadOnlyDictionary<string, DateOnly> Dates, DateOnly Start);
