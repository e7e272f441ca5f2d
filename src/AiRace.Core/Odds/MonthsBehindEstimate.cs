namespace AiRace.Core.Odds;

/// <summary>
/// One definition's months-behind estimate with its 90% interval. <see cref="Months"/> is null when the estimator has no
/// answer (for first-match, when fewer than half the leader models were matched: the Kaplan–Meier median is not reached);
/// an interval end is null when it is not reached either. <see cref="N"/> counts the units (dates, leader models or
/// thresholds) and <see cref="Censored"/> those not yet matched or reached by the follower at the cut-off.
/// </summary>
public sealed record MonthsBehindEstimate(
    MonthsBehindMethod Method,
    string Definition,
    double? Months,
    double? Ci90Low,
    double? Ci90High,
    int N,
    int Censored,
    IReadOnlyList<FirstMatchLeader> Leaders)
{
    public string Name => MonthsBehindMethodNames.ToName(Method);
}
