namespace AiRace.Core.Odds;

/// <summary>A reliability-table row: forecasts with a model probability in [Low, High), their mean, and how often the event happened.</summary>
public sealed record ReliabilityBin(double Low, double High, int N, double? MeanPredicted, double? Observed);
