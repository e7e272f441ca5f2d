using AiRace.Core.Attribution;

namespace AiRace.Core.Domain;

/// <summary>A model with its attribution resolved: canonical organization, country (and the rule that gave it), openness, release date.</summary>
public sealed record CatalogModel(
    string Key,
    string Name,
    string? Organization,
    string? Country,
    AttributionRule CountryRule,
    Openness Openness,
    DateOnly? ReleaseDate);
