using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>Computes a group's <see cref="FrontierSeries"/> from a metric's observations and the model catalog.</summary>
public static class Frontier
{
    /// <param name="metric">The metric (its kind decides snapshot vs release-dated semantics).</param>
    /// <param name="observations">All observations of the metric (any order). Several on one (model, date) keep the best.</param>
    /// <param name="catalog">Models by key, with attribution resolved. Observations of models missing from it are unplaced.</param>
    /// <param name="group">The group.</param>
    public static FrontierSeries Compute(
        Metric metric, IEnumerable<Observation> observations, IReadOnlyDictionary<string, CatalogModel> catalog, GroupSpec group)
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

        var points = metric.Kind == MetricKind.Snapshot ? Snapshot(members, sign) : ReleaseDated(members, sign);
        return new FrontierSeries(metric, group, points, unplaced.Count);
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
