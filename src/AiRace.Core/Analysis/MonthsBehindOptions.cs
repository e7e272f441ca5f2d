namespace AiRace.Core.Analysis;

/// <summary>
/// Settings of the months-behind estimators. <see cref="To"/> is the cut-off (the analysis date); <see cref="From"/>
/// the start of the window (null: all history). <see cref="Tolerance"/> is the first-match tolerance in metric points
/// (null: 1% of the range of both frontiers' scores in the window).
/// </summary>
public sealed record MonthsBehindOptions(DateOnly To, DateOnly? From = null, double? Tolerance = null, long Seed = 1)
{
    /// <summary>The horizontal estimate averages the horizontal series over this many days before <see cref="To"/>.</summary>
    public int HorizontalWindowDays { get; init; } = 180;

    /// <summary>The Gaussian kernel's standard deviation for the threshold method, in days.</summary>
    public double KernelSigmaDays { get; init; } = 60;

    /// <summary>Number of evenly spaced score thresholds for the threshold method.</summary>
    public int Thresholds { get; init; } = 100;
}
