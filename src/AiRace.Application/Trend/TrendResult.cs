using AiRace.Application.Behind;
using AiRace.Application.Frontiers;

namespace AiRace.Application.Trend;

/// <summary>
/// <c>trend</c>'s result (JSON keys): <c>metric</c>, <c>between</c> {<c>leader</c>, <c>follower</c>}, <c>from</c>, <c>to</c>,
/// <c>definition</c>, <c>verdict</c>, <c>points</c> and <c>months_behind</c> (trends), <c>months_behind_methods</c>,
/// <c>scale</c>, <c>scale_from</c>, <c>scale_breaks</c>, <c>disagreement</c>, <c>series</c>.
/// </summary>
public sealed record TrendResult(
    string Metric, TrendGroups Between, DateOnly From, DateOnly To, string Definition, string Verdict, TrendEstimateResult Points,
    TrendEstimateResult? MonthsBehind, IReadOnlyList<MonthsBehindEstimateResult> MonthsBehindMethods, string Scale, DateOnly? ScaleFrom,
    IReadOnlyList<ScaleBreakResult> ScaleBreaks, string? Disagreement, IReadOnlyList<TrendSeriesPoint> Series);
