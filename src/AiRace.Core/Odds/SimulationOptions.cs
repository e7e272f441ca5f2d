namespace AiRace.Core.Odds;

/// <summary>
/// Monte Carlo settings. Paths run in batches; each batch gets one parameter draw and its own random stream, derived
/// from <see cref="Seed"/> and the batch number, so the same seed gives the same numbers whatever the parallelism.
/// There are at most <see cref="MaxDraws"/> batches (at least <see cref="MinPathsPerDraw"/> paths each), so memory does not
/// grow with the number of paths. The expected months-behind path is averaged over the first
/// <see cref="TrackedPathsPerDraw"/> paths of each batch.
/// </summary>
public sealed record SimulationOptions(IReadOnlyList<double> HorizonsYears, int Paths, long Seed)
{
    public const int MaxDraws = 1000;

    public const int MinPathsPerDraw = 1000;

    public int TrackedPathsPerDraw { get; init; } = 16;

    /// <summary>Worker threads (null: all cores).</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public int PathsPerDraw => Math.Max(MinPathsPerDraw, (int)Math.Ceiling(Paths / (double)MaxDraws));

    public int Draws => Math.Max(1, (int)Math.Ceiling(Paths / (double)PathsPerDraw));

    internal void Validate()
    {
        if (Paths < 1)
        {
            throw new AiRaceException(ErrorKind.Usage, $"--paths {Paths} is not a positive number of paths; use for example --paths 100000.");
        }

        if (HorizonsYears.Count == 0 || HorizonsYears.Any(h => !(h > 0) || h > ForecastHorizons.MaxYears))
        {
            throw new AiRaceException(ErrorKind.Usage, $"Horizons must lie in (0, {ForecastHorizons.MaxYears}] years; got {string.Join(", ", HorizonsYears)}.");
        }
    }
}
