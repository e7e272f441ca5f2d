using AiRace.Application.Frontiers;

namespace AiRace.Application.Behind;

/// <summary>
/// Months behind as a dated series (JSON keys): <c>metric</c>, <c>definition</c>, <c>scale</c>, <c>a</c>, <c>b</c>,
/// <c>method</c>, <c>unit</c>, <c>points</c>, <c>summary</c>, <c>estimate</c> (the same object as the trend's
/// <c>horizontal</c> row), <c>never_matched</c>, <c>unplaced_models</c>, <c>scale_breaks</c>, <c>sources</c>.
/// </summary>
public sealed record BehindSeriesResult(
    string Metric, string Definition, string Scale, string A, string B, string Method, string Unit, IReadOnlyList<BehindPointResult> Points,
    BehindSummaryResult Summary, MonthsBehindEstimateResult Estimate, int NeverMatched, UnplacedModels UnplacedModels,
    IReadOnlyList<ScaleBreakResult> ScaleBreaks, IReadOnlyList<string> Sources);
