using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>
/// A group's frontier over time on one metric. For snapshot metrics there is a point on each snapshot date where the group
/// has a model; for release-dated metrics a point on each date its best-so-far score changes, and the value holds until the next.
/// </summary>
public sealed class FrontierSeries
{
    public FrontierSeries(Metric metric, GroupSpec group, IReadOnlyList<FrontierPoint> points, int unplacedModels)
    {
        Metric = metric;
        Group = group;
        Points = points;
        UnplacedModels = unplacedModels;
    }

    public Metric Metric { get; }

    public GroupSpec Group { get; }

    /// <summary>Points in date order.</summary>
    public IReadOnlyList<FrontierPoint> Points { get; }

    /// <summary>Models observed on the metric that the group could not place (unresolved country or unknown openness).</summary>
    public int UnplacedModels { get; }

    /// <summary>
    /// The frontier on <paramref name="date"/>: for snapshot metrics the point of exactly that snapshot (null when the group
    /// is missing from it); for release-dated metrics the last point on or before it (null before the group's first release).
    /// </summary>
    public FrontierPoint? At(DateOnly date)
    {
        var i = LastIndexOnOrBefore(date);
        if (i < 0)
        {
            return null;
        }

        return Metric.Kind == MetricKind.Snapshot && Points[i].Date != date ? null : Points[i];
    }

    /// <summary>The first point whose score is at least <paramref name="level"/> (at most, for lower-is-better metrics), or null.</summary>
    public FrontierPoint? FirstReaching(double level)
    {
        foreach (var p in Points)
        {
            if (Metric.HigherIsBetter ? p.Score >= level : p.Score <= level)
            {
                return p;
            }
        }

        return null;
    }

    private int LastIndexOnOrBefore(DateOnly date)
    {
        int lo = 0, hi = Points.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Points[mid].Date <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
