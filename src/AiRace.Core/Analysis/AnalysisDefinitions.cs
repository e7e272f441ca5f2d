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

    /// <summary>Months behind (horizontal distance), on one scale.</summary>
    public const string MonthsBehind =
        "months_behind (horizontal, one scale): on a snapshot metric, on the snapshot of date d, v is B's best rating and t is the earliest release date of an A model rated at least v on that same snapshot; " +
        "on a release-dated metric, v is B's frontier on d and t is the first date A's frontier reached v. months_behind = (d − t) in days / (365.25/12); " +
        "negative when B is ahead (measured the other way). Release dates come from the catalogs in the store, else the model's first appearance on the metric's snapshots (release_date_source). " +
        "Null when A never reached v by d (or is missing from that snapshot). A value whose t is only a bound (A's first observation, or a first appearance on the metric's first snapshot) is flagged lower_bound and left out of the summary, which averages over days (each value holds until the next point; current is the value at the window's end).";

    /// <summary>The horizontal estimate (the trend's row and <c>behind</c>'s estimate); {0} is the number of days.</summary>
    public const string HorizontalEstimate =
        "horizontal: the day-weighted mean of the horizontal months-behind series over the last {0} days of the window (lower bounds left out); 90% moving-block bootstrap interval over its points";

    /// <summary>Why first-match and threshold give no figure on a snapshot metric.</summary>
    public const string CrossSnapshotRefusal =
        "this method compares scores from different snapshots, whose scale drifts (ratings are relative to each board); on a snapshot metric only the horizontal method stays on one scale";
}
