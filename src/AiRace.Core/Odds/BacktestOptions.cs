namespace AiRace.Core.Odds;

/// <summary>
/// Back-test settings: monthly origins (first day of each month) from <see cref="MinHistoryMonths"/> after both groups
/// have data, horizons in months, Monte Carlo paths per origin, and the seed.
/// </summary>
public sealed record BacktestOptions(long Seed, int PathsPerOrigin = 20_000)
{
    public IReadOnlyList<int> HorizonsMonths { get; init; } = [3, 6, 12];

    public int MinHistoryMonths { get; init; } = 6;

    public DateOnly? FitFrom { get; init; }

    public int? MaxDegreeOfParallelism { get; init; }
}
