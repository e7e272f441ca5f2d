using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// The overtaking forecast: each group's record frontier is fitted as a compound-Poisson jump process on its history up
/// to the as-of date, the two are simulated forward, and the model is back-tested on rolling origins.
/// </summary>
public static class OvertakeForecast
{
    public static IReadOnlyList<string> Assumptions { get; } =
    [
        "Each group's frontier is its record: the best score it has reached so far (a re-estimated rating below the record does not count).",
        "Frontier-advancing releases (a new model setting the group's record) arrive as a Poisson process with a constant rate per group, fitted as advances per year of exposure.",
        "Each advance raises the record by a log-normal jump, independent of the time, of the gap and of the other group; jump sizes are fitted with MathNet's LogNormal.Estimate.",
        "The two groups move independently. Parameter uncertainty is carried by refitting on bootstrap resamples of the inter-arrival times and jumps, one draw per batch of paths.",
        "Scores stay on the metric's current scale; rating deflation, new benchmarks, regulation, export controls and other shocks are not modelled.",
    ];

    public static string Definition(FrontierSeries leader, FrontierSeries follower, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        return $"overtake = {follower.Group.Label}'s record frontier on {leader.Metric.Id} (the best score it has reached so far) strictly above {leader.Group.Label}'s; "
            + "p_any_time: at any time within the horizon; p_at_horizon: at the horizon; ci90: 5th-95th percentile across parameter draws; "
            + $"fitted on observations dated on or before {asOf:yyyy-MM-dd} (as-of filters observations by their date)";
    }

    public static OvertakeForecastResult Run(FrontierSeries leader, FrontierSeries follower, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(options);
        var leaderHistory = FrontierRecordHistory.From(leader, options.AsOf) ?? throw NoData(leader, options.AsOf);
        var followerHistory = FrontierRecordHistory.From(follower, options.AsOf) ?? throw NoData(follower, options.AsOf);
        var leaderFit = JumpProcessFit.Fit(leaderHistory, options.FitFrom, leader.Group.Label);
        var followerFit = JumpProcessFit.Fit(followerHistory, options.FitFrom, follower.Group.Label);
        var simulation = OvertakeSimulator.Run(
            OvertakeSetup.FromFits(leaderFit, followerFit),
            new SimulationOptions(options.HorizonsYears, options.Paths, options.Seed) { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism });
        var backtest = OvertakeBacktest.Run(
            leader, follower, options.AsOf,
            new BacktestOptions(options.Seed, options.BacktestPathsPerOrigin) { FitFrom = options.FitFrom, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism });
        var now = LastCommonDate(leader, follower, options.AsOf) is { } d && HorizontalBehind.At(leader, follower, d) is { LowerBound: false } p ? p.MonthsBehind : null;
        return new OvertakeForecastResult(
            Definition(leader, follower, options.AsOf), options.AsOf, leaderFit, followerFit,
            leaderHistory.Level - followerHistory.Level, now, simulation, backtest);
    }

    /// <summary>The date "months behind now" is read on: the last common snapshot for snapshot metrics, else the as-of date.</summary>
    private static DateOnly? LastCommonDate(FrontierSeries leader, FrontierSeries follower, DateOnly asOf)
    {
        if (leader.Metric.Kind != Domain.MetricKind.Snapshot)
        {
            return asOf;
        }

        var dates = leader.Points.Select(p => p.Date).Where(d => d <= asOf).ToHashSet();
        dates.IntersectWith(follower.Points.Select(p => p.Date));
        return dates.Count == 0 ? null : dates.Max();
    }

    private static AiRaceException NoData(FrontierSeries series, DateOnly asOf) =>
        new(ErrorKind.Usage, $"{series.Group.Label} has no frontier on {series.Metric.Id} on or before {asOf:yyyy-MM-dd}. Pick a later --as-of or another group.");
}
