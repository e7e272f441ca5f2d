namespace AiRace.Store;

/// <summary>The validators of the last archived 200 answer for a URL, for a conditional request, and the archive row holding its body.</summary>
public sealed record ArchiveValidators(long ArchiveId, string? ETag, string? LastModified, string? NextUrl);
