namespace AiRace.Store;

/// <summary>A row of the imports table: one file or response that was written to the store.</summary>
public sealed record ImportRecord(
    long Id, string SourceKind, string FileName, string Path, string Sha256, long Bytes, long Rows,
    DateTimeOffset ImportedAt, DateTimeOffset? RetrievedAt, string Attribution);
