using AiRace.Application.Frontiers;
using AiRace.Core.Analysis;

namespace AiRace.Application.Behind;

/// <summary>
/// One date of the series: <c>date</c>, <c>months_behind</c> (negative when B is ahead; null when never reached),
/// <c>lower_bound</c>, <c>release_date_source</c>, <c>follower</c> and <c>leader</c>.
/// </summary>
public sealed record BehindPointResult(
    DateOnly Date, double? MonthsBehind, bool LowerBound, string? ReleaseDateSource, FollowerScore Follower, LeaderScore Leader)
{
    public static BehindPointResult Of(BehindPoint p, FrontierSource source)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(source);
        return new(
            p.Date,
            p.MonthsBehind,
            p.LowerBound,
            p.ReleaseDateSource is { } r ? ReleaseDateSourceNames.ToName(r) : null,
            new FollowerScore(p.Follower.Label, source.ModelName(p.FollowerPoint.ModelKey), p.FollowerPoint.ModelKey, p.FollowerPoint.Score),
            new LeaderScore(
                p.Leader.Label,
                p.LeaderMatch is null ? null : source.ModelName(p.LeaderMatch.ModelKey),
                p.LeaderMatch?.ModelKey,
                p.LeaderMatch?.Score,
                p.LeaderMatch?.Date));
    }
}
