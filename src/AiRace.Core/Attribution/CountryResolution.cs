namespace AiRace.Core.Attribution;

/// <summary>A model's country (ISO 3166-1 alpha-2, or null when unresolved), the rule that gave it, and the canonical organization.</summary>
public sealed record CountryResolution(string? Country, AttributionRule Rule, string? Organization);
