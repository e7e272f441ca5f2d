namespace AiRace.Application.Trend;

/// <summary>A change in the gap's slope: <c>date</c>, <c>slope_before</c>, <c>slope_after</c> (per year).</summary>
public sealed record ChangePointResult(DateOnly Date, double SlopeBefore, double SlopeAfter);
