namespace AiRace.Core.Odds;

/// <summary>The three definitions of "months behind" that published work uses.</summary>
public enum MonthsBehindMethod
{
    /// <summary>Horizontal distance of the frontiers (how long ago the leader stood where the follower stands).</summary>
    Horizontal,

    /// <summary>Per leader frontier model, the delay until the follower's frontier comes within a tolerance of its score (Kaplan–Meier median).</summary>
    FirstMatch,

    /// <summary>Per score threshold, the follower's first date at it minus the leader's, smoothed over time with a Gaussian kernel.</summary>
    Threshold,
}
