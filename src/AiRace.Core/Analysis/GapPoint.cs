namespace AiRace.Core.Analysis;

/// <summary>
/// The gap between groups A and B on one date: <see cref="Gap"/> = frontier(A) − frontier(B) in metric units (signed),
/// <see cref="GapPercent"/> = gap / frontier(A) × 100 (null when frontier(A) is 0), and the points that hold each frontier.
/// </summary>
public sealed record GapPoint(DateOnly Date, FrontierPoint A, FrontierPoint B, double Gap, double? GapPercent);
