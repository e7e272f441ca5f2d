namespace AiRace.Core.Odds;

/// <summary>
/// The gap between two groups on one date: <see cref="Points"/> is the leader's frontier minus the follower's
/// (in the metric's units, positive when the leader is better, whatever the metric's direction), and
/// <see cref="MonthsBehind"/> the horizontal distance in months (negative when the follower is ahead).
/// </summary>
public sealed record GapPoint(DateOnly Date, double Points, double? MonthsBehind);
