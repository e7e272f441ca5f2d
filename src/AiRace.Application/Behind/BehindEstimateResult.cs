namespace AiRace.Application.Behind;

/// <summary>
/// Months behind as one estimate (first-match, threshold), JSON keys: <c>metric</c>, <c>definition</c>, <c>scale</c>,
/// <c>a</c>, <c>b</c>, <c>method</c>, <c>unit</c>, <c>as_of</c> (the estimate's cut-off), <c>estimate</c>, <c>leaders</c>, <c>sources</c>.
/// </summary>
public sealed record BehindEstimateResult(
    string Metric, string Definition, string Scale, string A, string B, string Method, string Unit, DateOnly AsOf,
    MonthsBehindEstimateResult Estimate, IReadOnlyList<LeaderMatchResult> Leaders, IReadOnlyList<string> Sources);
