namespace AiRace.Core.Odds;

/// <summary>The share of back-test windows of one race type and length that saw an overtake, (k + 0.5)/(n + 1).</summary>
public sealed record BaseRateEntry(string Kind, int Months, int N, int Events, double Probability);
