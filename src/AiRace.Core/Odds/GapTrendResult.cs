namespace AiRace.Core.Odds;

/// <summary>
/// Is the gap widening? The gap series, the trend of the gap in metric points and in months behind, and the three
/// months-behind estimates. <see cref="Verdict"/> is the points trend's verdict (the months trend has its own).
/// </summary>
public sealed record GapTrendResult(
    string Definition,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<GapPoint> Series,
    TrendEstimate Points,
    TrendEstimate? MonthsBehind,
    IReadOnlyList<MonthsBehindEstimate> MonthsBehindMethods)
{
    public TrendVerdict Verdict => Points.Verdict;
}
