using AiRace.Application.Trend;

namespace AiRace.Web.Pages;

/// <summary>
/// The odds page (<c>/odds.json</c>): <c>metric</c>, <c>a</c>, <c>b</c>, <c>trend</c> (the trend of the gap, <c>trend</c>'s
/// result) and <c>note</c> (where the calibrated odds come from until the forecast query is wired in).
/// </summary>
public sealed record OddsView(string Metric, string A, string B, TrendResult Trend, string Note);
