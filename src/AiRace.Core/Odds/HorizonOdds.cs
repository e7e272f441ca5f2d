namespace AiRace.Core.Odds;

/// <summary>
/// The odds at one horizon: the probability that the follower's frontier is strictly above the leader's at any time
/// within the horizon, and at the horizon itself, each with the 5th–95th percentile interval across parameter draws
/// and its Monte Carlo standard error; and the expected months behind at the horizon.
/// </summary>
public sealed record HorizonOdds(
    double Years,
    double PAnyTime,
    Interval AnyTimeCi90,
    double AnyTimeStandardError,
    double PAtHorizon,
    Interval AtHorizonCi90,
    double AtHorizonStandardError,
    double? ExpectedMonthsBehind);
