using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>Runs the "is the gap widening?" analysis over a window of the gap between two frontiers.</summary>
public static class GapTrendAnalysis
{
    public static string Definition(FrontierSeries leader, FrontierSeries follower) =>
        $"gap = {leader.Group.Label}'s frontier minus {follower.Group.Label}'s on {leader.Metric.Id} (positive: {leader.Group.Label} ahead), in {leader.Metric.Unit} and in horizontal months behind; "
        + "slope: OLS per year; ci90: moving-block bootstrap of the residuals (block length ceil(n^(1/3)), 2000 replicates, 5th-95th percentile); "
        + $"widening = {leader.Group.Label}'s lead growing (interval above 0), narrowing = interval below 0, else no significant change; "
        + "change points: binary segmentation of a piecewise-linear fit, kept while BIC decreases (minimum segment max(5, n/10) points, at most 5)";

    public static GapTrendResult Run(FrontierSeries leader, FrontierSeries follower, DateOnly? from, DateOnly? to, long seed = 1, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        var series = GapSeries.Build(leader, follower, from, to);
        if (series.Count == 0)
        {
            throw new AiRaceException(
                ErrorKind.Usage,
                $"{leader.Group.Label} and {follower.Group.Label} have no common dates on {leader.Metric.Id} between {Text(from)} and {Text(to)}. Widen --from/--to or check the groups with `airace models`.");
        }

        var points = TrendAnalysis.Estimate("points", leader.Metric.Unit, [.. series.Select(p => (p.Date, p.Points))], seed);
        var monthsSeries = series.Where(p => p.MonthsBehind is not null).Select(p => (p.Date, p.MonthsBehind!.Value)).ToList();
        var months = monthsSeries.Count >= TrendAnalysis.MinimumPoints ? TrendAnalysis.Estimate("months behind", "months", monthsSeries, seed) : null;
        var end = to ?? series[^1].Date;
        var methods = Odds.MonthsBehindMethods.All(leader, follower, new MonthsBehindOptions(end, from, tolerance, seed));
        return new GapTrendResult(Definition(leader, follower), from ?? series[0].Date, end, series, points, months, methods);
    }

    private static string Text(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "the start";
}
