using AiRace.Core.Domain;

namespace AiRace.Store;

/// <summary>A model as the store knows it, merged over every import by the stated precedence of <c>StoreSchema.ModelMergeCtes</c> (unknowns never override).</summary>
public sealed record StoredModel(
    string Key, string Name, string? Organization, DateOnly? ReleaseDate, Openness Openness, string? SourceCountry,
    string? HuggingFaceId, string? OpenRouterId);
