namespace AiRace.Sources.Rebuild;

/// <summary>What a rebuild did: imports re-derived from the archive, imports re-read from their files, imports dropped, rows written.</summary>
public sealed record RebuildResult(int FromArchive, int FromFiles, IReadOnlyList<string> Dropped, long Rows);
