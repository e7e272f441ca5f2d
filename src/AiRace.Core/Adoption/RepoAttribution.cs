namespace AiRace.Core.Adoption;

/// <summary>
/// Whose a repository is: its family (the root of its base chain, named), the root's lab and country (null when unresolved),
/// its lineage status, and how the family was matched (null when the chain has no root: a missing link or a cycle).
/// </summary>
public sealed record RepoAttribution(string RepoId, string? Family, string? Lab, string? Country, LineageStatus Status, FamilyMatchKind? By);
