namespace AiRace.Core.Odds;

/// <summary>Fits the linear trend of a dated series (OLS over time in years), with a block-bootstrap interval and change points.</summary>
public static class TrendAnalysis
{
    /// <summary>The fewest dates a trend is fitted on.</summary>
    public const int MinimumPoints = 6;

    public static TrendEstimate Estimate(string measure, string unit, IReadOnlyList<(DateOnly Date, double Value)> series, long seed)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count < MinimumPoints)
        {
            throw new AiRaceException(
                ErrorKind.Usage,
                $"The {measure} gap has {series.Count} dates in the window; a trend needs at least {MinimumPoints}. Widen the window or pick a metric with more history.");
        }

        var ordered = series.OrderBy(p => p.Date).ToArray();
        var dates = ordered.Select(p => p.Date).ToArray();
        var x = ordered.Select(p => MonthsMath.YearsBetween(dates[0], p.Date)).ToArray();
        var y = ordered.Select(p => p.Value).ToArray();
        var fit = LineFit.Of(x, y);
        var ci = MovingBlockBootstrap.SlopeInterval(x, y, seed);
        return new TrendEstimate(
            measure, unit, fit.Slope, ci, TrendVerdictNames.FromInterval(ci), y.Length,
            MovingBlockBootstrap.BlockLength(y.Length), y[0], y[^1], ChangePointDetector.Detect(dates, x, y));
    }
}
