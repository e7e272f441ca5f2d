using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>The dates on which two frontiers are compared, in order.</summary>
internal static class ComparisonDates
{
    /// <summary>
    /// Snapshot metrics: the snapshot dates where both groups have a point. Release-dated metrics: the union of both
    /// step functions' change dates where both are defined. Only dates inside <paramref name="window"/>.
    /// </summary>
    public static List<DateOnly> WhereBoth(FrontierSeries a, FrontierSeries b, DateWindow window) =>
        Candidates(a, b, window).Where(d => a.At(d) is not null && b.At(d) is not null).ToList();

    /// <summary>As <see cref="WhereBoth"/>, but every date where <paramref name="b"/> has a value, whether or not <paramref name="a"/> has one.</summary>
    public static List<DateOnly> WhereSecond(FrontierSeries a, FrontierSeries b, DateWindow window) =>
        Candidates(a, b, window).Where(d => b.At(d) is not null).ToList();

    private static IEnumerable<DateOnly> Candidates(FrontierSeries a, FrontierSeries b, DateWindow window)
    {
        if (a.Metric.Id != b.Metric.Id)
        {
            throw new ArgumentException($"Cannot compare frontiers of different metrics ('{a.Metric.Id}' and '{b.Metric.Id}').", nameof(b));
        }

        var dates = new SortedSet<DateOnly>();
        foreach (var p in a.Points.Concat(b.Points))
        {
            if (window.Contains(p.Date))
            {
                dates.Add(p.Date);
            }
        }

        return dates;
    }
}
