using AiRace.Application.Trend;
using AiRace.Core.Odds;

namespace AiRace.Application.Headline;

/// <summary>
/// Is the gap widening on one measure: <c>from</c>, <c>to</c>, <c>verdict</c>, <c>points_verdict</c> and
/// <c>months_verdict</c> (<c>widening</c>, <c>narrowing</c>, <c>no-significant-change</c>), <c>points</c> and
/// <c>months_behind</c> (slope per year with its 90% interval, from the trend query), <c>disagree</c> (true when the points
/// and months verdicts differ) and <c>definition</c>.
/// </summary>
public sealed record HeadlineTrend(
    DateOnly From, DateOnly To, TrendVerdict Verdict, TrendVerdict PointsVerdict, TrendVerdict? MonthsVerdict, TrendEstimateResult Points,
    TrendEstimateResult? MonthsBehind, string Definition)
{
    /// <summary>True when the gap in points and the gap in months behind get different verdicts.</summary>
    public bool Disagree => MonthsVerdict is { } m && m != PointsVerdict;

    public static HeadlineTrend Of(TrendResult t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(
            t.From, t.To, Parse(t.Verdict), Parse(t.Points.Verdict), t.MonthsBehind is { } m ? Parse(m.Verdict) : null, t.Points, t.MonthsBehind, t.Definition);
    }

    private static TrendVerdict Parse(string text) =>
        Enum.GetValues<TrendVerdict>().First(v => TrendVerdictNames.ToText(v) == text);
}
