namespace AiRace.Core.Analysis;

/// <summary>One model's score in one edition of a metric: a snapshot date for leaderboards, an index edition for release-dated indices.</summary>
public sealed record EditionScore(DateOnly Edition, string ModelKey, double Score);
