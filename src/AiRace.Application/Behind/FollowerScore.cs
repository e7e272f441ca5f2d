namespace AiRace.Application.Behind;

/// <summary>The group behind on a date and its frontier model: <c>group</c>, <c>model</c>, <c>model_key</c>, <c>score</c>.</summary>
public sealed record FollowerScore(string Group, string Model, string ModelKey, double Score);
