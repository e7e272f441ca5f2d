using AiRace.Core.Domain;
using AiRace.Core.Odds;

namespace AiRace.Application.Odds;

/// <summary>
/// The answer to a <see cref="ForecastQuery"/>: the forecast (model, recalibration, odds, fits, pooled back-test), the
/// race's own back-test cards (the printed model or base rate, the base rate, never), and each reference beside the
/// model's probability for the same definition. JSON keys: see the README's "forecast" section.
/// </summary>
public sealed record ForecastResult(
    Metric Metric,
    string Leader,
    string Follower,
    OvertakeForecastResult Forecast,
    ScoreCard RaceModel,
    ScoreCard RaceBaseRate,
    ScoreCard RaceNever,
    IReadOnlyList<ReferenceComparison> References);
