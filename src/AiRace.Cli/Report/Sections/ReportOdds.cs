using AiRace.Application.Odds;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Cli.Report.Sections;

/// <summary>
/// The report's odds: China against the United States (the leader is the group ahead on the last comparison date) on one
/// metric, from the one pooled back-test over every race of the store as known on the report's date. The forecast is
/// cached in the store by its content and the as-of date, so a second report does not rerun the back-test. Fixed seed:
/// the same store gives the same report.
/// </summary>
internal static class ReportOdds
{
    public const int MinComparisonDates = 6;
    public const int Paths = 20_000;
    public const int BacktestPaths = 1_000;

    /// <summary>The forecast on <paramref name="metric"/>, or null when there is too little history for one.</summary>
    public static ForecastResult? Forecast(ReportContext ctx, Metric metric)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(metric);
        var gap = ctx.Compare(metric, ReportContext.UnitedStates, ReportContext.China).Gap;
        if (gap.Points.Count < MinComparisonDates)
        {
            return null;
        }

        var last = gap.Latest!;
        var usLeads = last.Gap >= 0 == metric.HigherIsBetter || last.Gap == 0;
        var (leader, follower) = usLeads ? (gap.A, gap.B) : (gap.B, gap.A);
        var key = new { metric = metric.Id, leader = leader.Group.Label, follower = follower.Group.Label, at = last.Date, paths = Paths, backtest_paths = BacktestPaths, seed = 1 };
        try
        {
            return ctx.Session.Cached("report-forecast", key, ctx.Frontiers.AsOf, () =>
            {
                var source = new FrontierRaceSource(ctx.Frontiers, ctx.Metrics);
                var races = RaceCatalog.Build(source);
                var backtest = PooledBacktest.Run(races, new PooledBacktestOptions(Seed: 1, BacktestPaths));
                return ForecastUseCase.Run(
                    source, new ForecastQuery(metric, leader.Group, follower.Group, last.Date, [1, 3, 5]) { Paths = Paths, Seed = 1 }, backtest, races);
            });
        }
        catch (AiRaceException e) when (e.Kind == ErrorKind.Usage)
        {
            // A race without enough record-setting releases has no forecast: the report says there is too little history.
            return null;
        }
    }
}
