namespace AiRace.Application.Behind;

/// <summary>
/// The series averaged over days (lower bounds left out and counted): <c>mean</c>, <c>median</c>, <c>min</c>, <c>max</c>,
/// <c>current</c>, <c>current_lower_bound</c>, <c>lower_bounds</c>, <c>days</c>.
/// </summary>
public sealed record BehindSummaryResult(
    double? Mean, double? Median, double? Min, double? Max, double? Current, bool CurrentLowerBound, int LowerBounds, int Days);
