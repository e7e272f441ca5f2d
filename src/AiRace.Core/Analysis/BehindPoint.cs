namespace AiRace.Core.Analysis;

/// <summary>
/// Months behind on one date. <see cref="MonthsBehind"/> is how far group B trails group A (negative when B is ahead,
/// null when the level was never reached by that date). <see cref="Follower"/> is the group behind on that date and
/// <see cref="FollowerPoint"/> its frontier; <see cref="LeaderMatch"/> is the leader's model that sets t (for snapshot metrics
/// the earliest-released leader model rated at least the follower's level on the same snapshot, its <c>Date</c> being that
/// release date; for release-dated metrics the leader's first frontier point at that level), null when never reached.
/// <see cref="LowerBound"/> is true when t is only a bound (the leader's first observation, or a release date known only
/// from the metric's first snapshot): the true lag is at least this value.
/// </summary>
public sealed record BehindPoint(
    DateOnly Date,
    double? MonthsBehind,
    GroupSpec Follower,
    FrontierPoint FollowerPoint,
    GroupSpec Leader,
    FrontierPoint? LeaderMatch,
    bool LowerBound = false,
    ReleaseDateSource? ReleaseDateSource = null);
