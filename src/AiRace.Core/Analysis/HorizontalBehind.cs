namespace AiRace.Core.Analysis;

/// <summary>
/// Months behind as a horizontal distance (the definition): on date d group B's frontier is v; t is the first
/// observed date on which A's frontier reached at least v; months behind = (d − t) in days / (365.25 / 12). When B is ahead
/// of A on d, the distance is measured the other way (A's level, B's history) and reported negative. When A never reached
/// v by d (A has no point yet, or is missing from that snapshot and never got there before), the value is null.
/// Evaluated on every date in the window where B has a frontier value; no interpolation.
/// </summary>
public sealed class HorizontalBehind : IBehindMethod
{
    public string Name => "horizontal";

    public string Definition => AnalysisDefinitions.MonthsBehind;

    public BehindSeries Compute(FrontierSeries a, FrontierSeries b, DateWindow window)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(window);

        var higherIsBetter = a.Metric.HigherIsBetter;
        var points = new List<BehindPoint>();
        foreach (var date in ComparisonDates.WhereSecond(a, b, window))
        {
            var pb = b.At(date)!;
            var pa = a.At(date);
            var bAhead = pa is not null && (higherIsBetter ? pb.Score > pa.Score : pb.Score < pa.Score);
            if (bAhead)
            {
                // B reached A's level no later than today, since B is above it today.
                var match = FirstReachingBy(b, pa!.Score, date)!;
                var months = MonthsBehindUnit.Between(match.Date, date);
                points.Add(new BehindPoint(date, months == 0 ? 0 : -months, a.Group, pa, b.Group, match));
            }
            else
            {
                var match = FirstReachingBy(a, pb.Score, date);
                double? months = match is null ? null : MonthsBehindUnit.Between(match.Date, date);
                points.Add(new BehindPoint(date, months, b.Group, pb, a.Group, match));
            }
        }

        return new BehindSeries(this, a, b, window, points);
    }

    private static FrontierPoint? FirstReachingBy(FrontierSeries series, double level, DateOnly date) =>
        series.FirstReaching(level) is { } p && p.Date <= date ? p : null;
}
