namespace AiRace.Core.Domain;

/// <summary>
/// A file of Hugging Face <c>/api/models</c> records that the store reads itself (DuckDB's JSON reader), for listings too
/// large to hold in memory. <paramref name="JsonLines"/>: one object per line; otherwise one JSON array.
/// </summary>
public sealed record HubModelsJsonFile(string Path, DateOnly SnapshotDate, bool JsonLines);
