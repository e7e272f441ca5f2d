namespace AiRace.Core.Analysis;

/// <summary>
/// One method's months-behind estimate with its 90% interval. <see cref="Months"/> is null when the method has no
/// answer, and then <see cref="NotEstimable"/> says why in one sentence (for first-match: the Kaplan–Meier median is not
/// reached, too many leader models are censored, or a single pair decides it). An interval end is null when it is not
/// reached either. <see cref="N"/> counts the units (days' points, leader models or thresholds) and <see cref="Censored"/>
/// those not yet matched or reached by the follower at the cut-off (for horizontal: the values that are only lower bounds).
/// </summary>
public sealed record MonthsBehindEstimate(
    string Method,
    string Definition,
    double? Months,
    double? Ci90Low,
    double? Ci90High,
    int N,
    int Censored,
    IReadOnlyList<FirstMatchLeader> Leaders,
    string? NotEstimable = null)
{
    /// <summary>The method's name, as users type it.</summary>
    public string Name => Method;
}
