using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>Computes a group's <see cref="FrontierSeries"/> from a metric's observations and the model catalog.</summary>
public static class Frontier
{
    /// <param name="metric">The metric (its kind decides snapshot vs release-dated semantics).</param>
    /// <param name="observations">All observations of the metric (any order). Several on one (model, date) keep the best. For a
    /// snapshot metric they also give each model's first appearance (its release date when no catalog has an earlier one).</param>
    /// <param name="catalog">Models by key, with attribution resolved. Observations of models missing from it are unplaced.</param>
    /// <param name="group">The group.</param>
    /// <param name="appearances">First appearances on every snapshot metric (null: only this metric's observations).</param>
    public static FrontierSeries Compute(
        Metric metric, IEnumerable<Observation> observations, IReadOnlyDictionary<string, CatalogModel> catalog, GroupSpec group,
        FirstAppearances? appearances = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(group);

        var sign = metric.HigherIsBetter ? 1.0 : -1.0;
        var unplaced = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<Observation>();
        foreach (var o in observations)
        {
            bool? inGroup = catalog.TryGetValue(o.ModelKey, out var m) ? group.Contains(m) : null;
            if (inGroup is null)
            {
                unplaced.Add(o.ModelKey);
            }
            else if (inGroup.Value)
            {
                members.Add(o);
            }
        }

        if (metric.Kind != MetricKind.Snapshot)
        {
            return new FrontierSeries(metric, group, ReleaseDated(members, sign), unplaced.Count);
        }

        var releases = Releases(observations, catalog, appearances);
        return new FrontierSeries(metric, group, Snapshot(members, sign), unplaced.Count, Members(members, releases, sign));
    }

    /// <summary>
    /// Each model's release date for a snapshot metric: the catalog's date, or its first appearance on any snapshot of the
    /// metric (or on any snapshot metric, with <paramref name="appearances"/>) when that is earlier or no catalog has one. A first appearance on the first snapshot of the data is a bound.
    /// </summary>
    private static Dictionary<string, (DateOnly Date, ReleaseDateSource Source, bool Bound)> Releases(
        IEnumerable<Observation> observations, IReadOnlyDictionary<string, CatalogModel> catalog, FirstAppearances? appearances)
    {
        var first = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var start = appearances?.Start ?? DateOnly.MaxValue;
        foreach (var o in observations)
        {
            var seen = appearances is not null && appearances.Dates.TryGetValue(o.ModelKey, out var known) && known < o.Date ? known : o.Date;
            if (!first.TryGetValue(o.ModelKey, out var d) || seen < d)
            {
                first[o.ModelKey] = seen;
            }

            if (o.Date < start)
            {
                start = o.Date;
            }
        }

        var releases = new Dictionary<string, (DateOnly, ReleaseDateSource, bool)>(StringComparer.Ordinal);
        foreach (var (key, seen) in first)
        {
            releases[key] = catalog.TryGetValue(key, out var m) && m.ReleaseDate is { } released && released <= seen
                ? (released, ReleaseDateSource.Catalog, false)
                : (seen, ReleaseDateSource.FirstAppearance, seen == start);
        }

        return releases;
    }

    private static Dictionary<DateOnly, IReadOnlyList<MemberScore>> Members(
        List<Observation> members, Dictionary<string, (DateOnly Date, ReleaseDateSource Source, bool Bound)> releases, double sign)
    {
        var byDate = new Dictionary<DateOnly, IReadOnlyList<MemberScore>>();
        foreach (var day in members.GroupBy(o => o.Date))
        {
            byDate[day.Key] = day.GroupBy(o => o.ModelKey, StringComparer.Ordinal)
                .Select(g =>
                {
                    var best = g.MaxBy(o => sign * o.Score)!;
                    var r = releases[g.Key];
                    return new MemberScore(g.Key, best.Score, r.Date, r.Source, r.Bound);
                })
                .OrderByDescending(m => sign * m.Score).ThenBy(m => m.ModelKey, StringComparer.Ordinal)
                .ToList();
        }

        return byDate;
    }

    private static List<FrontierPoint> Snapshot(List<Observation> members, double sign)
    {
        var points = new List<FrontierPoint>();
        foreach (var day in members.GroupBy(o => o.Date).OrderBy(g => g.Key))
        {
            // Ties keep the alphabetically first model key, so the holder is deterministic.
            var best = day.OrderByDescending(o => sign * o.Score).ThenBy(o => o.ModelKey, StringComparer.Ordinal).First();
            points.Add(new FrontierPoint(day.Key, best.Score, best.ModelKey, best.Date));
        }

        return points;
    }

    private static List<FrontierPoint> ReleaseDated(List<Observation> members, double sign)
    {
        var points = new List<FrontierPoint>();
        FrontierPoint? current = null;
        foreach (var o in members.OrderBy(o => o.Date).ThenByDescending(o => sign * o.Score).ThenBy(o => o.ModelKey, StringComparer.Ordinal))
        {
            if (current is null || sign * o.Score > sign * current.Score)
            {
                current = new FrontierPoint(o.Date, o.Score, o.ModelKey, o.Date);
                if (points.Count > 0 && points[^1].Date == o.Date)
                {
                    points[^1] = current;
                }
                else
                {
                    points.Add(current);
                }
            }
        }

        return points;
    }
}
