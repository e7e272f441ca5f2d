namespace AiRace.Core.Domain;

/// <summary>An organization and the country a source gives for it (ISO 3166-1 alpha-2, or null when the source has none).</summary>
public sealed record OrganizationRecord(string Name, string? Country, string Origin, string? SourceUrl = null);
