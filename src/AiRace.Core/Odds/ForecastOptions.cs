namespace AiRace.Core.Odds;

/// <summary>
/// Settings of one race's forecast: the as-of date (only data dated on or before it), horizons in years (or one window
/// ending on <see cref="By"/>), the model (null: the back-test's choice), Monte Carlo paths and seed.
/// </summary>
public sealed record ForecastOptions(DateOnly AsOf, IReadOnlyList<double> HorizonsYears, int Paths = 20_000, long Seed = 1)
{
    public OddsModel? Model { get; init; }

    /// <summary>Answer one window: from the last data date to this date (inclusive).</summary>
    public DateOnly? By { get; init; }

    /// <summary>Months the any-time curve covers at least (for references with longer windows than the horizons; at most 10 years).</summary>
    public int CurveMonths { get; init; }
}
