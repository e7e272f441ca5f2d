namespace AiRace.Application.Trend;

/// <summary>One month of the fitted gap: <c>date</c>, <c>points</c> (leader − follower), <c>months_behind</c>, <c>lower_bound</c>.</summary>
public sealed record TrendSeriesPoint(DateOnly Date, double Points, double? MonthsBehind, bool LowerBound);
