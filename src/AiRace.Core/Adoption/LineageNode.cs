namespace AiRace.Core.Adoption;

/// <summary>
/// A repository's place in its lineage: its family <paramref name="Root"/> (null for a missing link or a cycle), the status,
/// and <paramref name="Depth"/>, the number of base steps to the root (0 for a root).
/// </summary>
public sealed record LineageNode(string RepoId, string? Root, LineageStatus Status, int Depth);
