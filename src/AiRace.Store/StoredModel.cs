using AiRace.Core.Domain;

namespace AiRace.Store;

/// <summary>A model as the store knows it, merged over every import (the earliest import's value wins, unknowns never override).</summary>
public sealed record StoredModel(
    string Key, string Name, string? Organization, DateOnly? ReleaseDate, Openness Openness, string? SourceCountry,
    string? HuggingFaceId, string? OpenRouterId);
