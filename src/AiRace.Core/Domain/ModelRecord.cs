namespace AiRace.Core.Domain;

/// <summary>A model as one source describes it. <see cref="Key"/> is the normalized key shared across sources.</summary>
public sealed record ModelRecord(
    string Key,
    string Name,
    string? Organization,
    DateOnly? ReleaseDate,
    Openness Openness,
    string? SourceCountry,
    string? SourceId = null,
    string? HuggingFaceId = null,
    string? OpenRouterId = null);
