namespace AiRace.Core.Odds;

/// <summary>A reliability-diagram bin: forecasts with a probability in [Low, High), how many, their mean, and how often the event happened.</summary>
public sealed record ReliabilityBin(double Low, double High, int N, double? MeanPredicted, double? Observed);
