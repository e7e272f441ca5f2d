namespace AiRace.Application.Behind;

/// <summary>The leader model that sets the distance and its date: <c>group</c>, <c>model</c>, <c>model_key</c>, <c>score</c>, <c>date</c> (null when never reached).</summary>
public sealed record LeaderScore(string Group, string? Model, string? ModelKey, double? Score, DateOnly? Date);
