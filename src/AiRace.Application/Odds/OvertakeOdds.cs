using AiRace.Application.Gap;
using AiRace.Application.Validation;
using AiRace.Core;
using AiRace.Core.Odds;

namespace AiRace.Application.Odds;

/// <summary>
/// The odds every front end shows for two groups on one metric (the report's headline and odds section, the dashboard's
/// home and odds pages): will the group behind on the latest comparison overtake the group ahead, from the model that won
/// the pooled back-test over every race (<see cref="ForecastUseCase"/>, as <c>airace forecast</c> computes it) with
/// <see cref="HorizonsYears"/>. Cached per store, as-of date and pair; the groups are checked as every query checks them.
/// </summary>
public static class OvertakeOdds
{
    /// <summary>The fewest comparison dates the odds are computed on; fewer is "too little history".</summary>
    public const int MinComparisonDates = 6;

    /// <summary>Monte Carlo paths of the printed forecast.</summary>
    public const int Paths = 20_000;

    /// <summary>Monte Carlo paths per back-test forecast.</summary>
    public const int BacktestPaths = 1_000;

    /// <summary>The seed (same seed, same numbers).</summary>
    public const long Seed = 1;

    /// <summary>The horizons shown, in years.</summary>
    public static IReadOnlyList<double> HorizonsYears { get; } = [1, 3, 5];

    /// <summary>
    /// The forecast on <paramref name="metricId"/> between the two groups of <paramref name="between"/> (<c>A,B</c>, in
    /// either order: the leader is whichever is ahead on the latest comparison), or null when they have fewer than
    /// <see cref="MinComparisonDates"/> comparison dates or too few record-setting releases for a race. An unknown metric
    /// or group is the usual usage error.
    /// </summary>
    public static ForecastResult? Forecast(StoreSession session, string? metricId, string between, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(session);
        var metric = MetricIds.Resolve(session.Store, metricId);
        var gap = new GapQuery(metric.Id, between, AsOf: asOf).Run(session);
        if (gap.Points.Count < MinComparisonDates)
        {
            return null;
        }

        var last = gap.Points[^1];
        var aLeads = last.Gap >= 0 == metric.HigherIsBetter || last.Gap == 0;
        var (leader, follower) = aLeads ? (gap.A, gap.B) : (gap.B, gap.A);
        var key = new { metric = metric.Id, leader, follower, at = last.Date, paths = Paths, backtest_paths = BacktestPaths, seed = Seed, horizons = HorizonsYears };
        try
        {
            return session.Cached("overtake-odds", key, asOf, () =>
            {
                var source = FrontierRaceSource.For(session, asOf);
                var (l, f) = KnownGroups.ParsePair($"{leader},{follower}", source.Catalog, session.Attribution);
                var races = RaceCatalog.Build(source);
                // The pooled back-test does not depend on the pair: one per store and as-of date serves every pair.
                var backtest = session.Cached(
                    "pooled-backtest", new { seed = Seed, backtest_paths = BacktestPaths }, asOf, () => PooledBacktest.Run(races, new PooledBacktestOptions(Seed: Seed, BacktestPaths)));
                return ForecastUseCase.Run(
                    source, new ForecastQuery(metric, l, f, last.Date, HorizonsYears) { Paths = Paths, Seed = Seed, BacktestPaths = BacktestPaths }, backtest, races);
            });
        }
        catch (AiRaceException e) when (e.Kind == ErrorKind.Usage)
        {
            return null; // a race without enough record-setting releases has no forecast: too little history
        }
    }
}
