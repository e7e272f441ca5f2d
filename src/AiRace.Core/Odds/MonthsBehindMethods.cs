using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// The three months-behind estimators side by side (horizontal, first-match, threshold), each with a 90% interval.
/// <c>airace behind --method</c> calls <see cref="Estimate"/>; <c>airace trend</c> shows <see cref="All"/>.
/// </summary>
public static class MonthsBehindMethods
{
    public const string HorizontalDefinition =
        "horizontal: on each date, how many months ago the leader's frontier first reached the follower's current frontier value (negative when the follower is ahead), averaged over the last {0} days of the window; 90% moving-block bootstrap interval";

    public static IReadOnlyList<MonthsBehindEstimate> All(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options) =>
        [.. Enum.GetValues<MonthsBehindMethod>().Select(m => Estimate(m, leader, follower, options))];

    public static MonthsBehindEstimate Estimate(MonthsBehindMethod method, FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(options);
        return method switch
        {
            MonthsBehindMethod.FirstMatch => FirstMatch.Estimate(leader, follower, options, options.Tolerance ?? DefaultTolerance(leader, follower, options)),
            MonthsBehindMethod.Threshold => ThresholdCrossing.Estimate(leader, follower, options),
            _ => Horizontal(leader, follower, options),
        };
    }

    /// <summary>The default first-match tolerance: 1% of the range of both frontiers' scores in the window.</summary>
    public static double DefaultTolerance(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(options);
        var scores = leader.Points.Concat(follower.Points)
            .Where(p => p.Date <= options.To && (options.From is not { } f || p.Date >= f))
            .Select(p => p.Score).ToList();
        return scores.Count == 0 ? 0 : 0.01 * (scores.Max() - scores.Min());
    }

    private static MonthsBehindEstimate Horizontal(FrontierSeries leader, FrontierSeries follower, MonthsBehindOptions options)
    {
        var definition = string.Format(System.Globalization.CultureInfo.InvariantCulture, HorizontalDefinition, options.HorizontalWindowDays);
        var start = options.To.AddDays(-options.HorizontalWindowDays);
        if (options.From is { } f && f > start)
        {
            start = f;
        }

        var values = GapSeries.Build(leader, follower, start, options.To)
            .Where(p => p.MonthsBehind is not null).Select(p => p.MonthsBehind!.Value).ToArray();
        if (values.Length == 0)
        {
            return new MonthsBehindEstimate(MonthsBehindMethod.Horizontal, definition, null, null, null, 0, 0, []);
        }

        var ci = MovingBlockBootstrap.StatisticInterval(values.Length, idx => idx.Average(i => values[i]), options.Seed, 1000);
        return new MonthsBehindEstimate(MonthsBehindMethod.Horizontal, definition, values.Average(), ci.Low, ci.High, values.Length, 0, []);
    }
}
