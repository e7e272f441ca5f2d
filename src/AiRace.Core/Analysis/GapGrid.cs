namespace AiRace.Core.Analysis;

/// <summary>The dates a gap series is read on.</summary>
public enum GapGrid
{
    /// <summary>Snapshot dates where both groups appear; for release-dated metrics, the union of both frontiers' change dates.</summary>
    ChangeDates,

    /// <summary>As <see cref="ChangeDates"/> for snapshot metrics; release-dated step functions are read on the first day of each month, so every point covers the same time (the trend's grid).</summary>
    Monthly,
}
