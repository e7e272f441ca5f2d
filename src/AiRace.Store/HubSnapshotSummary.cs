namespace AiRace.Store;

/// <summary>One importer kind's Hub rows on one snapshot date, with how many carry each measure.</summary>
public sealed record HubSnapshotSummary(
    string ImporterKind, DateOnly Date, long Rows, long WithDownloads, long WithDownloadsAllTime, long WithLikes, long WithLineage, long WithCreatedAt);
