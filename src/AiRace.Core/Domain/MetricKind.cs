namespace AiRace.Core.Domain;

/// <summary>How a metric's observations relate to time.</summary>
public enum MetricKind
{
    /// <summary>A leaderboard re-estimated at each date: the frontier on d is the best score on the snapshot of d.</summary>
    Snapshot = 0,

    /// <summary>One score per model, dated by its release: the frontier on d is the best score among models released by d.</summary>
    ReleaseDated = 1,
}
