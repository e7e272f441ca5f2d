using AiRace.Core;
using DuckDB.NET.Data;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// The scale edition of an observation <c>o</c> of import <c>i</c> (metric definition <c>mk</c>): a snapshot metric's
    /// snapshot date; a release-dated metric's import, dated by retrieval, else by the last date that import holds for it.
    /// </summary>
    internal const string EditionSql =
        "CASE WHEN coalesce(mk.kind, 'snapshot') = 'snapshot' THEN o.date " +
        "ELSE coalesce(CAST(i.retrieved_at AS DATE), max(o.date) OVER (PARTITION BY i.id, o.metric)) END";

    /// <summary>The names of the tables <see cref="ExportTable"/> writes, in order.</summary>
    public static IReadOnlyList<string> ExportTables { get; } = [.. StoreExport.Tables.Select(t => t.Name)];

    /// <summary>
    /// Writes table <paramref name="name"/> (one of <see cref="ExportTables"/>) into the folder <paramref name="folder"/>,
    /// which must not exist yet, with DuckDB's <c>COPY … TO</c>: Hive-partitioned (<c>column=value/</c> folders) where the
    /// table has a partition column, else one file.
    /// </summary>
    public ExportedTable ExportTable(string name, string folder, ExportFileFormat format)
    {
        var (_, sql, partitionBy) = StoreExport.Tables.Single(t => t.Name == name);
        var full = System.IO.Path.GetFullPath(folder);
        var extension = format == ExportFileFormat.Parquet ? "parquet" : "csv";
        var options = format == ExportFileFormat.Parquet ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT csv, HEADER true";
        string target;
        if (partitionBy is null)
        {
            Directory.CreateDirectory(full);
            target = System.IO.Path.Combine(full, $"{name}.{extension}");
        }
        else
        {
            // DuckDB creates the partition folders, not the folders above them.
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            target = full;
            options += $", PARTITION_BY ({partitionBy}), FILENAME_PATTERN 'data_{{i}}'";
        }

        // COPY reports the number of rows it wrote.
        using var copy = Command($"COPY ({sql}) TO '{target.Replace("'", "''", StringComparison.Ordinal)}' ({options})");
        long rows;
        try
        {
            rows = copy.ExecuteNonQuery();
        }
        catch (DuckDBException ex)
        {
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"Cannot write the {name} table to '{folder}': {ex.Message.Split('\n')[0].Trim()}. Check that the folder is writable and has free space.",
                ex);
        }

        var files = Directory.Exists(full) ? Directory.EnumerateFiles(full, "*." + extension, SearchOption.AllDirectories).Count() : 0;
        return new ExportedTable(name, rows, files, partitionBy);
    }
}
