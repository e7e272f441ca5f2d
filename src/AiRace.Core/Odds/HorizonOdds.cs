namespace AiRace.Core.Odds;

/// <summary>
/// The odds at one horizon (years from the forecast's start): the recalibrated probability that the follower's record is
/// strictly above the leader's at any time within it, its 90% interval (from the recalibration's uncertainty), the Monte
/// Carlo standard error, the at-horizon probability (simulated models only, scaled by the same recalibration), the raw
/// model probability and the pooled base rate of the race type (null beyond the back-test's horizons' reach).
/// </summary>
public sealed record HorizonOdds(
    double Years,
    double PAnyTime,
    Interval AnyTimeCi90,
    double MonteCarloStandardError,
    double? PAtHorizon,
    double RawAnyTime,
    double? BaseRate);
