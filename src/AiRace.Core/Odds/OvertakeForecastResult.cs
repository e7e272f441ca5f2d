namespace AiRace.Core.Odds;

/// <summary>An overtaking forecast with everything needed to read it: definition, assumptions, fitted processes, odds and back-test.</summary>
public sealed record OvertakeForecastResult(
    string Definition,
    DateOnly AsOf,
    JumpProcessFit Leader,
    JumpProcessFit Follower,
    double InitialGap,
    double? MonthsBehindNow,
    OvertakeSimulation Simulation,
    BacktestResult Backtest)
{
    public IReadOnlyList<string> Assumptions => OvertakeForecast.Assumptions;
}
