using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Core.Odds;

/// <summary>
/// The gap between a leader and a follower frontier over time. Snapshot metrics give one point on each snapshot date
/// both groups appear on; release-dated metrics (step functions) are sampled on the first day of each month
/// from the month both groups have a frontier, so that every point covers the same length of time.
/// </summary>
public static class GapSeries
{
    public static IReadOnlyList<GapPoint> Build(FrontierSeries leader, FrontierSeries follower, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        var sign = leader.Metric.HigherIsBetter ? 1.0 : -1.0;
        var points = new List<GapPoint>();
        foreach (var date in Dates(leader, follower, from, to))
        {
            var l = leader.At(date);
            var f = follower.At(date);
            if (l is not null && f is not null)
            {
                points.Add(new GapPoint(date, sign * (l.Score - f.Score), HorizontalMonthsBehind.At(leader, follower, date)));
            }
        }

        return points;
    }

    private static IEnumerable<DateOnly> Dates(FrontierSeries leader, FrontierSeries follower, DateOnly? from, DateOnly? to)
    {
        if (leader.Points.Count == 0 || follower.Points.Count == 0)
        {
            yield break;
        }

        var lo = from ?? DateOnly.MinValue;
        var hi = to ?? DateOnly.MaxValue;
        if (leader.Metric.Kind == MetricKind.Snapshot)
        {
            var followerDates = follower.Points.Select(p => p.Date).ToHashSet();
            foreach (var p in leader.Points)
            {
                if (p.Date >= lo && p.Date <= hi && followerDates.Contains(p.Date))
                {
                    yield return p.Date;
                }
            }

            yield break;
        }

        var start = Max(Max(leader.Points[0].Date, follower.Points[0].Date), lo);
        var end = to ?? Max(leader.Points[^1].Date, follower.Points[^1].Date);
        var month = new DateOnly(start.Year, start.Month, 1);
        if (month < start)
        {
            month = month.AddMonths(1);
        }

        for (; month <= end; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
