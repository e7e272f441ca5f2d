using AiRace.Core.Odds;

namespace AiRace.Application.Trend;

/// <summary>
/// The trend of one measure: <c>measure</c>, <c>slope_per_year</c>, <c>ci90</c> [low, high], <c>verdict</c>, <c>unit</c>,
/// <c>n</c>, <c>block_length</c>, <c>first</c>, <c>last</c>, <c>change_points</c> (each <c>date</c>, <c>slope_before</c>, <c>slope_after</c>).
/// </summary>
public sealed record TrendEstimateResult(
    string Measure, double SlopePerYear, double?[] Ci90, string Verdict, string Unit, int N, int BlockLength, double First, double Last,
    IReadOnlyList<ChangePointResult> ChangePoints)
{
    public static TrendEstimateResult Of(TrendEstimate t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(
            t.Measure, t.SlopePerYear, [t.Ci90.Low, t.Ci90.High], TrendVerdictNames.ToText(t.Verdict), t.Unit, t.N, t.BlockLength, t.First, t.Last,
            [.. t.ChangePoints.Select(c => new ChangePointResult(c.Date, c.SlopeBefore, c.SlopeAfter))]);
    }
}
