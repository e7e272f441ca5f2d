using AiRace.Store;

namespace AiRace.Application.Export;

/// <summary>What <see cref="ExportQuery"/> wrote: the folder, the format, every table (rows, files, partition column) and how long it took.</summary>
public sealed record ExportResult(string Folder, ExportFileFormat Format, IReadOnlyList<ExportedTable> Tables, double Seconds);
