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

    /// <summary>
    /// Release-dated metrics on a monthly grid: the first day of each month from the month both groups have a frontier to the
    /// window's end (else the later of both frontiers' last change), inside <paramref name="window"/>.
    /// </summary>
    public static List<DateOnly> Monthly(FrontierSeries a, FrontierSeries b, DateWindow window)
    {
        var dates = new List<DateOnly>();
        if (a.Points.Count == 0 || b.Points.Count == 0)
        {
            return dates;
        }

        var start = a.Points[0].Date > b.Points[0].Date ? a.Points[0].Date : b.Points[0].Date;
        if (window.From is { } from && from > start)
        {
            start = from;
        }

        var end = window.To ?? (a.Points[^1].Date > b.Points[^1].Date ? a.Points[^1].Date : b.Points[^1].Date);
        var month = new DateOnly(start.Year, start.Month, 1);
        if (month < start)
        {
            month = month.AddMonths(1);
        }

        for (; month <= end; month = month.AddMonths(1))
        {
            dates.Add(month);
        }

        return dates;
    }

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
