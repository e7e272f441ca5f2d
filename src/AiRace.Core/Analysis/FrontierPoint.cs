namespace AiRace.Core.Analysis;

/// <summary>A group's frontier on one date: the best score and the model holding it (and, for release-dated metrics, that model's date).</summary>
public sealed record FrontierPoint(DateOnly Date, double Score, string ModelKey, DateOnly ModelDate);
