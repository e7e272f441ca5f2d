namespace AiRace.Core.Analysis;

/// <summary>Entry point for months-behind series: group B against group A, by a chosen method (horizontal distance by default).</summary>
public static class MonthsBehind
{
    /// <summary>
    /// How many months <paramref name="b"/> trails <paramref name="a"/> on each date of <paramref name="window"/>
    /// (see <see cref="AnalysisDefinitions.MonthsBehind"/>). Pure: no I/O, no clock.
    /// </summary>
    public static BehindSeries Compute(FrontierSeries a, FrontierSeries b, DateWindow? window = null, IBehindMethod? method = null) =>
        (method ?? BehindMethods.Default).Compute(a, b, window ?? DateWindow.All);
}
