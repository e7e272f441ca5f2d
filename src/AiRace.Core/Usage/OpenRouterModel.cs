using AiRace.Core.Domain;

namespace AiRace.Core.Usage;

/// <summary>An OpenRouter model (base slug) with its lab (canonical name), country and openness; null or Unknown when unresolved.</summary>
public sealed record OpenRouterModel(string BaseSlug, string? Lab, string? Country, Openness Openness);
