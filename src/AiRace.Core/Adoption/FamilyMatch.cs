namespace AiRace.Core.Adoption;

/// <summary>A root repository's family name, the lab (canonical name, or null when unresolved) and how it was found.</summary>
public sealed record FamilyMatch(string Family, string? Lab, FamilyMatchKind By);
