using AiRace.Application.Frontiers;

namespace AiRace.Application.Gap;

/// <summary>One comparison date: <c>date</c>, <c>a</c> and <c>b</c> {<c>model</c>, <c>model_key</c>, <c>score</c>}, <c>gap</c> (A − B, metric units), <c>gap_percent</c> (gap / A × 100).</summary>
public sealed record GapPointResult(DateOnly Date, GroupScore A, GroupScore B, double Gap, double? GapPercent);
