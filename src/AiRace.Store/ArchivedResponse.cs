namespace AiRace.Store;

/// <summary>A row of the raw archive: one response of one live import, without its body (read it with <see cref="AiRaceStore.ArchiveBody"/>).</summary>
public sealed record ArchivedResponse(
    long Id,
    long ImportId,
    string Source,
    int Seq,
    string Url,
    DateTimeOffset RetrievedAt,
    int Status,
    string? ContentType,
    string? ETag,
    string? LastModified,
    string? NextUrl,
    string Sha256,
    long Bytes,
    long StoredBytes,
    string Encoding,
    long? ReusedFrom);
