namespace AiRace.Core.Claims;

/// <summary>The kinds of testable claim, each with its verdict rule in <see cref="ClaimRules"/>.</summary>
public enum ClaimType
{
    /// <summary>Group A's frontier is strictly above group B's on the named measures.</summary>
    Leads,

    /// <summary>The gap between A and B is widening (the trend analysis' verdict in points).</summary>
    GapWidening,

    /// <summary>The percentage gap between A and B was smaller at the end date than at the start date.</summary>
    GapNarrowed,

    /// <summary>B trails A by a number of months within a stated range (day-weighted mean of the horizontal months behind).</summary>
    MonthsBehind,

    /// <summary>The probability that B overtakes A within a horizon is below a threshold.</summary>
    ProbabilityBelow,

    /// <summary>A group's usage share rose by at least a threshold over a window.</summary>
    ShareRose,

    /// <summary>Group A's share is above group B's on the snapshots of a window.</summary>
    ShareLeads,

    /// <summary>Group A's value overtook group B's (A above B on the latest snapshot).</summary>
    Overtook,

    /// <summary>Counts (repositories, downloads) are above stated thresholds.</summary>
    CountAbove,
}
