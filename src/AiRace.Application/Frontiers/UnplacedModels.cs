namespace AiRace.Application.Frontiers;

/// <summary>Models left out of each group because their country or openness is unknown: <c>{a, b}</c>.</summary>
public sealed record UnplacedModels(int A, int B);
