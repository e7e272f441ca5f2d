namespace AiRace.Core.Analysis;

/// <summary>
/// Months behind on one date. <see cref="MonthsBehind"/> is how far group B trails group A (negative when B is ahead,
/// null when the level was never reached by that date). <see cref="Follower"/> is the group behind on that date and
/// <see cref="FollowerPoint"/> its frontier; <see cref="LeaderMatch"/> is the leader's first frontier point at or above
/// that level (null when never reached).
/// </summary>
public sealed record BehindPoint(
    DateOnly Date,
    double? MonthsBehind,
    GroupSpec Follower,
    FrontierPoint FollowerPoint,
    GroupSpec Leader,
    FrontierPoint? LeaderMatch);
