namespace AiRace.Core.Odds;

/// <summary>The Monte Carlo result: odds per horizon, the expected months-behind path (one value per month), and how it was run.</summary>
public sealed record OvertakeSimulation(
    IReadOnlyList<HorizonOdds> Horizons,
    IReadOnlyList<double> ExpectedMonthsBehindByMonth,
    int Paths,
    int ParameterDraws,
    int PathsPerDraw,
    int TrackedPaths,
    long Seed);
