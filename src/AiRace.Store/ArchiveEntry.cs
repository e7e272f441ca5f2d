namespace AiRace.Store;

/// <summary>
/// One HTTP response to keep in the raw archive. <see cref="Url"/> must already have its secrets removed. <see cref="Body"/> is the
/// uncompressed body (the store compresses it), or null for a 304 answer, which names the archived body it confirmed in
/// <see cref="ReusedFrom"/>.
/// </summary>
public sealed record ArchiveEntry(
    string Source,
    string Url,
    DateTimeOffset RetrievedAt,
    int Status,
    string? ContentType,
    string? ETag,
    string? LastModified,
    string? NextUrl,
    string Sha256,
    long Bytes,
    ReadOnlyMemory<byte>? Body,
    long? ReusedFrom = null);
