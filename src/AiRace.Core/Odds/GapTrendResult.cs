using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// Is the gap widening? The gap series, the trend of the gap in metric points and in months behind, and every registered
/// months-behind method's estimate. <see cref="Verdict"/> is the points trend's verdict (the months trend has its own).
/// <see cref="ScaleFrom"/> is set when the window was cut at a rating-method break so that the fit stays on one scale, and
/// <see cref="Disagreement"/> is one sentence when the verdicts in points and in months differ.
/// </summary>
public sealed record GapTrendResult(
    string Definition,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<GapPoint> Series,
    TrendEstimate Points,
    TrendEstimate? MonthsBehind,
    IReadOnlyList<MonthsBehindEstimate> MonthsBehindMethods,
    DateOnly? ScaleFrom = null,
    string? Disagreement = null)
{
    public TrendVerdict Verdict => Points.Verdict;
}
