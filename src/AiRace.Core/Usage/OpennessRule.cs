using AiRace.Core.Domain;

namespace AiRace.Core.Usage;

/// <summary>A hand-curated fact: OpenRouter slugs starting with <paramref name="Prefix"/> are models with this openness, per <paramref name="SourceUrl"/>.</summary>
public sealed record OpennessRule(string Prefix, Openness Openness, string SourceUrl);
