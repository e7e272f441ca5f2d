namespace AiRace.Core.Odds;

/// <summary>
/// The linear trend of one gap measure: OLS slope per year, its 90% moving-block bootstrap interval, the verdict,
/// the number of dates, the bootstrap's block length, and the change points where the trend shifts.
/// </summary>
public sealed record TrendEstimate(
    string Measure,
    string Unit,
    double SlopePerYear,
    Interval Ci90,
    TrendVerdict Verdict,
    int N,
    int BlockLength,
    double First,
    double Last,
    IReadOnlyList<ChangePoint> ChangePoints);
