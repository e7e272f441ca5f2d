namespace AiRace.Store;

/// <summary>One table written by <see cref="AiRaceStore.ExportTable"/>: its rows and files, and the column its folders are partitioned by (null: one file).</summary>
public sealed record ExportedTable(string Name, long Rows, int Files, string? PartitionedBy);
