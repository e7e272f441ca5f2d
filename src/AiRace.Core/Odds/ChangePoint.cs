namespace AiRace.Core.Odds;

/// <summary>A date where the gap's linear trend shifts: the slopes (per year) of the segments before and after it.</summary>
public sealed record ChangePoint(DateOnly Date, double SlopeBefore, double SlopeAfter);
