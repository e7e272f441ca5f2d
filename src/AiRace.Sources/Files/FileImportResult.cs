namespace AiRace.Sources.Files;

/// <summary>What happened to one file: imported (rows), already imported, or skipped with a reason; <paramref name="Notes"/> lists rows the importer left out.</summary>
public sealed record FileImportResult(string Path, string? Kind, long Rows, FileImportStatus Status, string? Reason = null, IReadOnlyList<string>? Notes = null);
