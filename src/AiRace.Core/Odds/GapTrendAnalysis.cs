using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>Runs the "is the gap widening?" analysis over a window of the gap between two frontiers, on one scale.</summary>
public static class GapTrendAnalysis
{
    /// <summary>The sentence printed when the points and months verdicts differ.</summary>
    public const string DisagreementText =
        "Points and months disagree because they measure different things: points compare the two best scores on each date, months ask how long ago the leader first released a model at the follower's level; when the leader's recent models sit close together in score (or far apart), a small change in points can be a large change in months, and the reverse.";

    public static string Definition(FrontierSeries leader, FrontierSeries follower) =>
        $"gap = {leader.Group.Label}'s frontier minus {follower.Group.Label}'s on {leader.Metric.Id} (positive: {leader.Group.Label} ahead), in {leader.Metric.Unit} within each snapshot or edition, and in horizontal months behind (lower bounds left out); "
        + "fitted after the last rating-method break in the window, so that every point is on one scale; "
        + "slope: OLS per year; ci90: moving-block bootstrap of the residuals (block length ceil(n^(1/3)), 2000 replicates, 5th-95th percentile); "
        + $"widening = {leader.Group.Label}'s lead growing (interval above 0), narrowing = interval below 0, else no significant change; "
        + "change points: binary segmentation of a piecewise-linear fit, kept while BIC decreases (minimum segment max(5, n/10) points, at most 5)";

    /// <param name="leader">The leading group's frontier.</param>
    /// <param name="follower">The following group's frontier.</param>
    /// <param name="from">The window's first date (null: all history).</param>
    /// <param name="to">The window's last date (null: the last common date).</param>
    /// <param name="seed">The bootstrap seed.</param>
    /// <param name="tolerance">The first-match tolerance (null: its default).</param>
    /// <param name="breaks">The metric's scale breaks: the fit starts at the last rating-method break in the window.</param>
    public static GapTrendResult Run(
        FrontierSeries leader, FrontierSeries follower, DateOnly? from, DateOnly? to, long seed = 1, double? tolerance = null,
        IReadOnlyList<ScaleBreak>? breaks = null)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        var scaleFrom = ScaleBreaks.LastMethodBreak(breaks ?? [], from, to);
        var start = scaleFrom ?? from;
        var series = Gap.Compute(leader, follower, new DateWindow(start, to), GapGrid.Monthly).Points;
        if (series.Count == 0)
        {
            throw new AiRaceException(
                ErrorKind.Usage,
                $"{leader.Group.Label} and {follower.Group.Label} have no common dates on {leader.Metric.Id} between {Text(start)} and {Text(to)}. Widen the window or check the groups' models.");
        }

        var points = TrendAnalysis.Estimate("points", leader.Metric.Unit, [.. series.Select(p => (p.Date, p.Lead))], seed);
        var monthsSeries = series.Where(p => p.MonthsBehind is not null && !p.MonthsLowerBound).Select(p => (p.Date, p.MonthsBehind!.Value)).ToList();
        var months = monthsSeries.Count >= TrendAnalysis.MinimumPoints ? TrendAnalysis.Estimate("months behind", "months", monthsSeries, seed) : null;
        var end = to ?? series[^1].Date;
        var methods = BehindMethods.EstimateAll(leader, follower, new MonthsBehindOptions(end, start, tolerance, seed));
        var disagree = months is not null && months.Verdict != points.Verdict ? DisagreementText : null;
        return new GapTrendResult(Definition(leader, follower), start ?? series[0].Date, end, series, points, months, methods, scaleFrom, disagree);
    }

    private static string Text(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "the start";
}
