using AiRace.Application.Behind;
using AiRace.Application.Gap;

namespace AiRace.Application.Headline;

/// <summary>
/// One key measure: <c>metric</c>, <c>name</c>, <c>unit</c>, <c>higher_is_better</c>, <c>snapshot</c> (true: each gap is
/// within one leaderboard snapshot; false: the latest edition of a release-dated index), <c>scale</c>, <c>latest</c> (the
/// latest comparison: date, both frontier models and scores, <c>gap</c> US − CN in metric units, <c>gap_percent</c>),
/// <c>gap_definition</c>, <c>months_behind</c> (the <c>behind</c> command's default estimate, with its 90% interval),
/// <c>months_behind_current</c>, <c>trend</c> (null when there is too little history), <c>history</c> (every comparison
/// date, for charts) and <c>sources</c>.
/// </summary>
public sealed record HeadlineMeasure(
    string Metric, string Name, string Unit, bool HigherIsBetter, bool Snapshot, string Scale, GapPointResult? Latest, string GapDefinition,
    MonthsBehindEstimateResult? MonthsBehind, double? MonthsBehindCurrent, HeadlineTrend? Trend, IReadOnlyList<GapPointResult> History,
    IReadOnlyList<string> Sources)
{
    /// <summary>The US lead in percent of the US frontier, signed so that positive is a US lead whatever the metric's direction.</summary>
    public double? UsLeadPercent => Latest?.GapPercent is { } p ? (HigherIsBetter ? p : -p) : null;
}
