using MathNet.Numerics.Statistics;

namespace AiRace.Core.Analysis;

/// <summary>
/// Months behind over a window: mean, median, min and max of the non-null values, and <see cref="Current"/>, the value on the
/// last date of the window (null when the last date's level was never reached). All null when there is no value.
/// </summary>
public sealed record BehindSummary(double? Mean, double? Median, double? Min, double? Max, double? Current)
{
    /// <summary>Summarizes points in date order.</summary>
    public static BehindSummary Of(IReadOnlyList<BehindPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var values = points.Where(p => p.MonthsBehind is not null).Select(p => p.MonthsBehind!.Value).ToArray();
        var current = points.Count == 0 ? null : points[^1].MonthsBehind;
        return values.Length == 0
            ? new BehindSummary(null, null, null, null, current)
            : new BehindSummary(values.Mean(), values.Median(), values.Min(), values.Max(), current);
    }
}
