using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>The definitions printed with every figure (English; the report carries its own translations).</summary>
public static class AnalysisDefinitions
{
    /// <summary>How a group's frontier is read on a metric of this kind.</summary>
    public static string Frontier(MetricKind kind) => kind == MetricKind.Snapshot
        ? "Frontier: a group's best score on each snapshot date of the leaderboard."
        : "Frontier: the best score among the group's models released on or before the date (a step function).";

    /// <summary>The gap, with the comparison dates for a metric of this kind.</summary>
    public static string Gap(MetricKind kind) =>
        "gap = frontier(A) − frontier(B) in metric units (signed: positive when A is ahead); gap_percent = gap / frontier(A) × 100. " +
        Frontier(kind) + " " +
        (kind == MetricKind.Snapshot
            ? "Compared on the snapshot dates where both groups have a model."
            : "Compared on the union of both groups' frontier change dates, once both have a model.") +
        " A lead change is a date where the sign of the gap flips (ties do not count). Models with unresolved country or unknown openness are left out of those groups and counted.";

    /// <summary>Months behind (horizontal distance).</summary>
    public const string MonthsBehind =
        "months_behind: on date d, B's frontier is v; t is the first observed date on which A's frontier reached at least v; " +
        "months_behind = (d − t) in days / (365.25/12). Negative when B is ahead (measured the other way: A's level against B's history). " +
        "Null when A never reached v by d. Evaluated on each date where B has a frontier value; observed dates only, no interpolation. " +
        "t cannot precede A's first observation, so a value whose t is that first date is a lower bound.";
}
