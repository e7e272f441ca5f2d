namespace AiRace.Core.Odds;

/// <summary>One back-test forecast: at <see cref="Origin"/>, the model's and the base rate's probability of an overtake within <see cref="Months"/>, and what happened.</summary>
public sealed record BacktestForecast(DateOnly Origin, int Months, double Model, double BaseRate, bool Happened);
