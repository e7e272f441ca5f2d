namespace AiRace.Core.Odds;

/// <summary>
/// Settings of the pooled back-test: horizons in months, Monte Carlo paths per forecast (shared random numbers across
/// the forecasts of one origin), the seed (same seed, same result, whatever the parallelism) and worker threads.
/// </summary>
public sealed record PooledBacktestOptions(long Seed = 1, int Paths = 1000)
{
    public IReadOnlyList<int> HorizonsMonths { get; init; } = [3, 6, 12];

    /// <summary>Worker threads (null: all cores).</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
