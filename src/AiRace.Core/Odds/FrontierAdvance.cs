namespace AiRace.Core.Odds;

/// <summary>A frontier-advancing release: a model that set a new record for its group, and by how much (in metric points, always positive).</summary>
public sealed record FrontierAdvance(DateOnly Date, string ModelKey, double Jump);
