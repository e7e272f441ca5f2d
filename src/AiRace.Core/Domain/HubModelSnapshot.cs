namespace AiRace.Core.Domain;

/// <summary>
/// One Hugging Face Hub model repository as seen on one snapshot date: the row of the store's <c>hub_models</c> table.
/// Counts are null when the source did not give them. <see cref="BaseModel"/> and <see cref="BaseRelation"/> come from the
/// Hub's <c>base_model:&lt;relation&gt;:&lt;id&gt;</c> tag (relation: finetune, adapter, quantized or merge).
/// </summary>
public sealed record HubModelSnapshot(
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
    IReadOnlyList<string> Tags)
{
    /// <summary>The row as the <c>hub_models</c> table stores it (tags '|'-joined), shared with the file importers.</summary>
    public HubModelRecord ToRecord() => new(
        SnapshotDate, RepoId, Author, Downloads, DownloadsAllTime, Likes, CreatedAt, PipelineTag, Library, License, BaseModel,
        BaseRelation, Parameters, Tags.Count == 0 ? null : string.Join('|', Tags));
}
