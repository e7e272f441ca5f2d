using System.Text.Json.Serialization;
using AiRace.Application.Odds;

namespace AiRace.Application.Headline;

/// <summary>
/// The headline (JSON keys): <c>as_of</c>, <c>between</c> (<c>US,CN</c>), <c>measures</c> (how far ahead and is it
/// widening, one per key measure), <c>odds</c> (the forecast's document, <see cref="ForecastJson"/>, on the first key
/// measure with enough history; null when none has), <c>adoption</c>, <c>usage</c> and <c>claims</c>. Pure data: every
/// front end words it with its own text catalog.
/// </summary>
public sealed record HeadlineResult(
    DateOnly? AsOf, string Between, IReadOnlyList<HeadlineMeasure> Measures, [property: JsonIgnore] ForecastResult? Forecast, HeadlineAdoption? Adoption,
    HeadlineUsage? Usage, IReadOnlyList<HeadlineClaim> Claims)
{
    /// <summary>The odds in the forecast command's JSON document (what <c>odds</c> serializes).</summary>
    public object? Odds => Forecast is null ? null : ForecastJson.Of(Forecast);

    /// <summary>The key measure the odds are on (null without odds).</summary>
    [JsonIgnore]
    public HeadlineMeasure? OddsMeasure => Forecast is null ? null : Measures.FirstOrDefault(m => m.Metric == Forecast.Metric.Id);
}
