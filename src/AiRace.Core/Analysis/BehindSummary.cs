using MathNet.Numerics.Statistics;

namespace AiRace.Core.Analysis;

/// <summary>
/// Months behind over a window, averaged over days: each point's value holds until the next point (for release-dated
/// metrics the lag is evaluated on every day, since it grows day by day between frontier changes). <see cref="Mean"/>,
/// <see cref="Median"/>, <see cref="Min"/> and <see cref="Max"/> leave out lower bounds and never-reached dates;
/// <see cref="LowerBounds"/> counts the points left out as bounds. <see cref="Current"/> is the value at the window's end
/// (<see cref="CurrentIsLowerBound"/> when that value is a bound). <see cref="Days"/> counts the days averaged.
/// </summary>
public sealed record BehindSummary(
    double? Mean, double? Median, double? Min, double? Max, double? Current, int LowerBounds, bool CurrentIsLowerBound, int Days)
{
    /// <summary>Summarizes day values in date order (one per day) and the points they came from.</summary>
    public static BehindSummary Of(IReadOnlyList<BehindPoint> points, IReadOnlyList<(DateOnly Date, double? Months, bool LowerBound)> days)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(days);
        var values = days.Where(d => d.Months is not null && !d.LowerBound).Select(d => d.Months!.Value).ToArray();
        var last = points.Count == 0 ? null : points[^1];
        var lowerBounds = points.Count(p => p.LowerBound && p.MonthsBehind is not null);
        return values.Length == 0
            ? new BehindSummary(null, null, null, null, last?.MonthsBehind, lowerBounds, last?.LowerBound ?? false, 0)
            : new BehindSummary(
                values.Mean(), values.Median(), values.Min(), values.Max(), last?.MonthsBehind, lowerBounds, last?.LowerBound ?? false, values.Length);
    }
}
