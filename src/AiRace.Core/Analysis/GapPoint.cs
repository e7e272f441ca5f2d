namespace AiRace.Core.Analysis;

/// <summary>
/// The gap between groups A and B on one date: <see cref="Gap"/> = frontier(A) − frontier(B) in metric units (signed),
/// <see cref="GapPercent"/> = gap / frontier(A) × 100 (null when frontier(A) is 0), the points that hold each frontier,
/// <see cref="Lead"/> = A's lead in the metric's better direction (the gap, sign-flipped for lower-is-better metrics), and the
/// horizontal months B trails A on that date (<see cref="HorizontalBehind"/>; <see cref="MonthsLowerBound"/> when only a bound).
/// </summary>
public sealed record GapPoint(
    DateOnly Date, FrontierPoint A, FrontierPoint B, double Gap, double? GapPercent, double Lead, double? MonthsBehind, bool MonthsLowerBound);
