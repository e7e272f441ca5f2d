using System.Text.Json.Serialization;
using AiRace.Application.Odds;
using AiRace.Application.Report.Model;

namespace AiRace.Web.Pages;

/// <summary>
/// The odds page (<c>/odds.json</c>): <c>metric</c>, <c>a</c>, <c>b</c>, <c>forecast</c> (the document of
/// <c>airace forecast --format json</c> for the pair, the leader being whichever is ahead now; null with too little
/// history) and <c>note</c> (why there is no forecast, or null). <see cref="Blocks"/> are the report's odds section in the
/// request's language: the probabilities, the model and its back-test, the reliability diagram, the references.
/// </summary>
public sealed record OddsView(
    string Metric, string A, string B, [property: JsonIgnore] ForecastResult? Result, [property: JsonIgnore] IReadOnlyList<ReportBlock> Blocks, string? Note)
{
    public object? Forecast => Result is null ? null : ForecastJson.Of(Result);
}
