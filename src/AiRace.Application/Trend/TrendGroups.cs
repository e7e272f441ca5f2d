namespace AiRace.Application.Trend;

/// <summary>The two groups of a trend: <c>leader</c> (the gap is leader − follower) and <c>follower</c>.</summary>
public sealed record TrendGroups(string Leader, string Follower);
