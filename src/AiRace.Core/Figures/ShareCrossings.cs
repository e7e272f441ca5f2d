namespace AiRace.Core.Figures;

/// <summary>
/// Finds when one group passes another: at a point where A's value is above B's after being at most B's on the previous
/// point. A crossing is "first" when it is A's first pass of B in the range and A was not above B at its start.
/// Reserved groups (<c>unresolved</c>, <c>other</c>, <c>unknown</c>) never take part.
/// </summary>
public static class ShareCrossings
{
    /// <summary>
    /// Crossings among the <paramref name="candidates"/> largest groups (by total over all points) of a series whose
    /// average share is at least <paramref name="minAverageShare"/>.
    /// </summary>
    /// <param name="points">Points in date order.</param>
    /// <param name="value">What is compared: a point's share or raw value for a group.</param>
    /// <param name="text">Builds the sentence for (date, group, passed, first).</param>
    /// <param name="candidates">How many of the largest groups to compare pairwise.</param>
    /// <param name="minAverageShare">Groups whose share averages less than this over the points take no part (small groups cross noisily).</param>
    public static IReadOnlyList<ShareCrossing> Find(
        IReadOnlyList<SharePoint> points,
        Func<SharePoint, string, double> value,
        Func<DateOnly, string, string, bool, string> text,
        int candidates = 6,
        double minAverageShare = 0.05)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(text);
        if (points.Count < 2)
        {
            return [];
        }

        var groups = points[0].Values.Keys
            .Where(g => !GroupNames.IsReserved(g) && points.Average(p => p.Shares[g]) >= minAverageShare)
            .OrderByDescending(g => points.Sum(p => value(p, g)))
            .ThenBy(g => g, StringComparer.Ordinal)
            .Take(candidates)
            .ToList();
        var result = new List<ShareCrossing>();
        foreach (var a in groups)
        {
            foreach (var b in groups.Where(b => b != a))
            {
                // "First" only when A was not already above B at the start of the range.
                var first = value(points[0], a) <= value(points[0], b);
                for (var i = 1; i < points.Count; i++)
                {
                    var before = value(points[i - 1], a) - value(points[i - 1], b);
                    var now = value(points[i], a) - value(points[i], b);
                    if (before <= 0 && now > 0)
                    {
                        result.Add(new ShareCrossing(points[i].Date, a, b, first, text(points[i].Date, a, b, first)));
                        first = false;
                    }
                }
            }
        }

        return result.OrderBy(c => c.Date).ThenBy(c => c.Group, StringComparer.Ordinal).ThenBy(c => c.Passed, StringComparer.Ordinal).ToList();
    }
}
