using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// Horizontal distance between two frontiers, in months (the capability-gap definition; to be deduplicated with the gap
/// issue's implementation at merge). At date d the follower's frontier value is v; t is the first date the leader's
/// frontier reached v; months behind = (d − t) in months. When the follower is strictly above the leader on d, the
/// roles swap and the result is negative: −(d − t′), t′ the first date the follower reached the leader's value on d.
/// When the series' first point is already above the value, the distance is only known to exceed d − (first date)
/// (left-censored) and the result is null rather than that lower bound.
/// </summary>
internal static class HorizontalMonthsBehind
{
    /// <summary>Months the follower is behind the leader on <paramref name="date"/>, or null when either has no frontier value then.</summary>
    public static double? At(FrontierSeries leader, FrontierSeries follower, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        var l = leader.At(date);
        var f = follower.At(date);
        if (l is null || f is null)
        {
            return null;
        }

        var sign = leader.Metric.HigherIsBetter ? 1.0 : -1.0;
        if (sign * f.Score > sign * l.Score)
        {
            var caught = FirstReachingBy(follower, l.Score, date);
            return caught is null ? null : -MonthsMath.Between(caught.Value, date);
        }

        var reached = FirstReachingBy(leader, f.Score, date);
        return reached is null ? null : MonthsMath.Between(reached.Value, date);
    }

    private static DateOnly? FirstReachingBy(FrontierSeries series, double level, DateOnly date)
    {
        var p = series.FirstReaching(level);
        if (p is null || p.Date > date)
        {
            return null;
        }

        var first = series.Points[0];
        return ReferenceEquals(p, first) && first.Score != level ? null : p.Date;
    }
}
