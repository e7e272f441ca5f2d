namespace AiRace.Core.Odds;

/// <summary>
/// Settings of an overtaking forecast: the as-of date (only observations dated on or before it are used), the start of
/// the fitting window (null: each group's first date), horizons, Monte Carlo paths and seed, and the back-test's paths.
/// </summary>
public sealed record ForecastOptions(DateOnly AsOf, IReadOnlyList<double> HorizonsYears, int Paths = 200_000, long Seed = 1)
{
    public DateOnly? FitFrom { get; init; }

    public int BacktestPathsPerOrigin { get; init; } = 20_000;

    public int? MaxDegreeOfParallelism { get; init; }
}
