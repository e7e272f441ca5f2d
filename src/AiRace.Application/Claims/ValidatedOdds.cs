using AiRace.Core.Odds;

namespace AiRace.Application.Claims;

/// <summary>An overtaking probability with its 90% interval, whether its back-test passed, and their definitions in one line each.</summary>
public sealed record ValidatedOdds(double Probability, Interval Ci90, bool BacktestPassed, string Definition, string Backtest, DateOnly AsOf);
