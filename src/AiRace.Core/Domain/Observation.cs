namespace AiRace.Core.Domain;

/// <summary>One score of one model on one metric at one date.</summary>
public sealed record Observation(
    string MetricId,
    string ModelKey,
    DateOnly Date,
    double Score,
    double? CiLow = null,
    double? CiHigh = null,
    long? Votes = null);
