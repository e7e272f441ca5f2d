namespace AiRace.Core.Adoption;

/// <summary>
/// What a source says about one repository's base: <paramref name="Base"/> and <paramref name="Relation"/> both null for an
/// original; a relation without a base is a derivative whose base is not known (a missing link): relation
/// <see cref="DerivativeRelationNames.Missing"/> when the base was removed, or the stated relation (a merge of unnamed models).
/// </summary>
public sealed record LineageEdge(string RepoId, string? Base, string? Relation);
