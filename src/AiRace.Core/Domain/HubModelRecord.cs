namespace AiRace.Core.Domain;

/// <summary>
/// One Hugging Face Hub model repository as one snapshot describes it (an <c>/api/models</c> listing, the trending list or
/// the Open LLM Leaderboard). Counts the source does not give are null, never zero.
/// </summary>
/// <param name="SnapshotDate">The day the source describes (folder date, leaderboard's last submission, or retrieval day).</param>
/// <param name="RepoId">The repository id, <c>owner/name</c>.</param>
/// <param name="Author">The owner namespace (the part of <paramref name="RepoId"/> before '/', unless the source says otherwise).</param>
/// <param name="Downloads">Downloads in the 30 days before the snapshot, as the Hub counts them (requests for the config file).</param>
/// <param name="DownloadsAllTime">All-time downloads (the Hub's <c>downloadsAllTime</c>), when the source expands it.</param>
/// <param name="Likes">Likes ("hearts").</param>
/// <param name="CreatedAt">When the repository was created (or uploaded, for the leaderboard).</param>
/// <param name="PipelineTag">The Hub's task tag (<c>text-generation</c>), when given.</param>
/// <param name="Library">The Hub's <c>library_name</c> (<c>transformers</c>, <c>gguf</c>), when given.</param>
/// <param name="License">The licence id from the card or a <c>license:</c> tag, when given.</param>
/// <param name="BaseModel">The repository this one derives from (first base, when several), or null for an original.</param>
/// <param name="BaseRelation">
/// <c>finetune</c>, <c>adapter</c>, <c>quantized</c>, <c>merge</c>, <c>unknown</c> (derived, relation not stated), or
/// <c>missing</c> (the source says the base exists but it was removed). Null for an original. A relation with a null
/// <paramref name="BaseModel"/> is a derivative whose base is not known: a missing lineage link.
/// </param>
/// <param name="Parameters">Total parameter count.</param>
/// <param name="Tags">The Hub tags, joined with '|' (null when the source has none).</param>
public sealed record HubModelRecord(
    DateOnly SnapshotDate,
    string RepoId,
    string? Author,
    long? Downloads,
    long? DownloadsAllTime,
    long? Likes,
    DateTimeOffset? CreatedAt,
    string? PipelineTag,
    string? Library,
    string? License,
    string? BaseModel,
    string? BaseRelation,
    long? Parameters,
    string? Tags);
