namespace AiRace.Sources.Live;

/// <summary>The outcome of one source's update: requests made, answers that were 304, bytes read, rows written, and why it failed or was skipped.</summary>
public sealed record SourceRunResult(
    string Source,
    SourceRunStatus Status,
    int Requests,
    int NotModified,
    long Bytes,
    long Rows,
    long? ImportId,
    string? Message);
