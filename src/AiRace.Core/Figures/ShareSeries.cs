namespace AiRace.Core.Figures;

/// <summary>
/// Builds share points from per-date group values: shares of a denominator, every group on every point (0 when absent),
/// change since the previous point, and the groups beyond the top N folded into <see cref="GroupNames.Other"/>.
/// </summary>
public static class ShareSeries
{
    /// <param name="inputs">Dates in any order.</param>
    /// <param name="top">Keep this many groups (largest total value over all dates, reserved names aside); 0 keeps all.</param>
    public static IReadOnlyList<SharePoint> Build(IEnumerable<ShareInput> inputs, int top = 0)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var ordered = inputs.OrderBy(i => i.Date).ToList();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var i in ordered)
        {
            foreach (var (g, v) in i.Values)
            {
                totals[g] = totals.GetValueOrDefault(g) + v;
            }
        }

        var ranked = totals.Where(t => !GroupNames.IsReserved(t.Key))
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).ToList();
        var kept = new HashSet<string>(top > 0 ? ranked.Take(top) : ranked, StringComparer.Ordinal);
        var folded = top > 0 && ranked.Count > top;
        var groups = ranked.Where(kept.Contains).ToList();
        if (folded)
        {
            groups.Add(GroupNames.Other);
        }

        groups.AddRange(new[] { GroupNames.Unknown, GroupNames.Unresolved }.Where(totals.ContainsKey));

        var points = new List<SharePoint>(ordered.Count);
        SharePoint? previous = null;
        foreach (var i in ordered)
        {
            var values = groups.ToDictionary(g => g, _ => 0.0, StringComparer.Ordinal);
            foreach (var (g, v) in i.Values)
            {
                var key = kept.Contains(g) || GroupNames.IsReserved(g) ? g : GroupNames.Other;
                values[key] += v;
            }

            var total = i.Denominator ?? values.Values.Sum();
            var shares = groups.ToDictionary(g => g, g => total > 0 ? values[g] / total : 0.0, StringComparer.Ordinal);
            var change = previous is null
                ? null
                : groups.ToDictionary(g => g, g => shares[g] - previous.Shares[g], StringComparer.Ordinal);
            var point = new SharePoint(i.Date, shares, values, total, change, i.Items, i.SourceDate, FoldBreakdown(i.Breakdown, kept));
            points.Add(point);
            previous = point;
        }

        return points;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, long>>? FoldBreakdown(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>? breakdown, HashSet<string> kept)
    {
        if (breakdown is null)
        {
            return null;
        }

        var result = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var (g, counts) in breakdown)
        {
            var key = kept.Contains(g) || GroupNames.IsReserved(g) ? g : GroupNames.Other;
            if (!result.TryGetValue(key, out var target))
            {
                result[key] = target = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            foreach (var (k, n) in counts)
            {
                target[k] = target.GetValueOrDefault(k) + n;
            }
        }

        return result.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, long>)r.Value, StringComparer.Ordinal);
    }
}
