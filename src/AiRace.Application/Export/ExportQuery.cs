using System.Diagnostics;
using AiRace.Core;
using AiRace.Store;

namespace AiRace.Application.Export;

/// <summary>
/// Writes the store's tables (observations with their metric and scale edition, models, organizations, imports) into
/// <see cref="Folder"/>, one folder per table: Hive-partitioned Parquet (or CSV) that Spark, Trino, ClickHouse and DuckDB
/// read from a disk or object storage. Every table is first written to a staging folder beside them and moved into place
/// only when all succeeded, so a failed export leaves the folder as it was.
/// </summary>
/// <param name="Folder">The target folder: new, empty, or (with <paramref name="Overwrite"/>) one whose table folders are replaced.</param>
/// <param name="Format">Parquet or CSV.</param>
/// <param name="Overwrite">Replace the table folders of an earlier export in a non-empty folder (other entries are kept).</param>
/// <param name="OverwriteHint">How the caller's user allows overwriting, named in the refusal (e.g. a command-line flag).</param>
public sealed record ExportQuery(string Folder, ExportFileFormat Format, bool Overwrite, string OverwriteHint = "allow overwriting")
{
    /// <summary>The table folders an export writes, in order.</summary>
    public static IReadOnlyList<string> Tables => AiRaceStore.ExportTables;

    public ExportResult Run(AiRaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(Folder);
        Refuse(full);
        var staging = Path.Combine(full, $".airace-export-{Guid.NewGuid():N}");
        var written = new List<ExportedTable>();
        try
        {
            foreach (var table in Tables)
            {
                written.Add(store.ExportTable(table, Path.Combine(staging, table), Format));
            }

            foreach (var table in Tables)
            {
                var target = Path.Combine(full, table);
                if (Directory.Exists(target))
                {
                    Directory.Delete(target, recursive: true);
                }

                Directory.Move(Path.Combine(staging, table), target);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return new ExportResult(Folder, Format, written, clock.Elapsed.TotalSeconds);
    }

    private void Refuse(string full)
    {
        if (File.Exists(full))
        {
            throw new AiRaceException(ErrorKind.Usage, $"The export target '{Folder}' is a file. Pass a folder (new or empty), e.g. '{Folder}.export'.");
        }

        if (!Directory.Exists(full))
        {
            return;
        }

        var first = Directory.EnumerateFileSystemEntries(full).FirstOrDefault();
        if (first is not null && !Overwrite)
        {
            throw new AiRaceException(
                ErrorKind.Usage,
                $"The export folder '{Folder}' is not empty (it holds '{Path.GetFileName(first)}'). Pass a new or empty folder, or {OverwriteHint} to replace the tables {string.Join(", ", Tables)} in it.");
        }
    }
}
