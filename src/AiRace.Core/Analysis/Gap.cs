namespace AiRace.Core.Analysis;

/// <summary>Computes the <see cref="GapSeries"/> between two groups' frontiers. Pure: no I/O, no clock.</summary>
public static class Gap
{
    /// <summary>
    /// The gap A − B on each comparison date in <paramref name="window"/> (see <see cref="AnalysisDefinitions.Gap"/>),
    /// and the dates where its sign flips.
    /// </summary>
    public static GapSeries Compute(FrontierSeries a, FrontierSeries b, DateWindow? window = null, GapGrid grid = GapGrid.ChangeDates)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        window ??= DateWindow.All;

        var sign = a.Metric.HigherIsBetter ? 1.0 : -1.0;
        var points = new List<GapPoint>();
        var dates = grid == GapGrid.Monthly && a.Metric.Kind != Domain.MetricKind.Snapshot
            ? ComparisonDates.Monthly(a, b, window)
            : ComparisonDates.WhereBoth(a, b, window);
        foreach (var date in dates)
        {
            var pa = a.At(date)!;
            var pb = b.At(date)!;
            var gap = pa.Score - pb.Score;
            var behind = HorizontalBehind.At(a, b, date);
            points.Add(new GapPoint(
                date, pa, pb, gap, pa.Score == 0 ? null : gap / pa.Score * 100, sign * gap, behind?.MonthsBehind, behind?.LowerBound ?? false));
        }

        return new GapSeries(a, b, window, points, LeadChanges(a, b, points));
    }

    /// <summary>Which group leads at a point: +1 for A, −1 for B, 0 for a tie (sign-adjusted for lower-is-better metrics).</summary>
    public static int Leader(GapPoint point, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Math.Sign(higherIsBetter ? point.Gap : -point.Gap);
    }

    private static List<LeadChange> LeadChanges(FrontierSeries a, FrontierSeries b, List<GapPoint> points)
    {
        var changes = new List<LeadChange>();
        var lastSign = 0;
        var lastDate = default(DateOnly);
        foreach (var p in points)
        {
            var sign = Leader(p, a.Metric.HigherIsBetter);
            if (sign == 0)
            {
                continue;
            }

            if (lastSign != 0 && sign != lastSign)
            {
                changes.Add(new LeadChange(p.Date, sign > 0 ? a.Group : b.Group, sign > 0 ? b.Group : a.Group, lastDate, p.Gap));
            }

            lastSign = sign;
            lastDate = p.Date;
        }

        return changes;
    }
}
