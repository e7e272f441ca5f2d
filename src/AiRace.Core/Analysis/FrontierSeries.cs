using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>
/// A group's frontier over time on one metric. For snapshot metrics there is a point on each snapshot date where the group
/// has a model; for release-dated metrics a point on each date its best-so-far score changes, and the value holds until the next.
/// </summary>
public sealed class FrontierSeries
{
    private static readonly IReadOnlyDictionary<DateOnly, IReadOnlyList<MemberScore>> NoMembers =
        new Dictionary<DateOnly, IReadOnlyList<MemberScore>>();

    public FrontierSeries(
        Metric metric, GroupSpec group, IReadOnlyList<FrontierPoint> points, int unplacedModels,
        IReadOnlyDictionary<DateOnly, IReadOnlyList<MemberScore>>? members = null)
    {
        Metric = metric;
        Group = group;
        Points = points;
        UnplacedModels = unplacedModels;
        _members = members ?? (metric.Kind == MetricKind.Snapshot ? FromPoints(points) : NoMembers);
    }

    /// <summary>Without member lists (a series built from its points alone), each snapshot's member is its frontier model, released when the series first shows it.</summary>
    private static Dictionary<DateOnly, IReadOnlyList<MemberScore>> FromPoints(IReadOnlyList<FrontierPoint> points)
    {
        var first = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var members = new Dictionary<DateOnly, IReadOnlyList<MemberScore>>();
        foreach (var p in points)
        {
            first.TryAdd(p.ModelKey, p.Date);
            var released = first[p.ModelKey];
            members[p.Date] = [new MemberScore(p.ModelKey, p.Score, released, ReleaseDateSource.FirstAppearance, released == points[0].Date)];
        }

        return members;
    }

    private readonly IReadOnlyDictionary<DateOnly, IReadOnlyList<MemberScore>> _members;

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

    /// <summary>
    /// Snapshot metrics: the group's models on the snapshot of <paramref name="date"/>, best first, each with its release date
    /// (empty when the group is missing from it, and for release-dated metrics).
    /// </summary>
    public IReadOnlyList<MemberScore> Members(DateOnly date) => _members.TryGetValue(date, out var list) ? list : [];

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
