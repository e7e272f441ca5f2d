using System.Globalization;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Testing;
using DuckDB.NET.Data;

namespace AiRace.Store.Tests;

/// <summary>The export SQL: every table lands in its folder, partitioned where it says, and DuckDB reads back every row.</summary>
public sealed class StoreExportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(ExportFileFormat.Parquet)]
    [InlineData(ExportFileFormat.Csv)]
    public void Each_table_is_written_and_read_back_with_its_rows_and_partitions(ExportFileFormat format)
    {
        using var store = AiRaceStore.OpenInMemory();
        var batch = new ImportBatch("test", "test attribution");
        batch.Metrics.Add(new Metric("m1", "M1", MetricKind.Snapshot, true, "pt", "first"));
        batch.Metrics.Add(new Metric("m2", "M2", MetricKind.ReleaseDated, true, "%", "second"));
        batch.Models.Add(new ModelRecord("a", "A", "OpenAI", null, Openness.Closed, null));
        batch.Models.Add(new ModelRecord("b", "B", "DeepSeek", null, Openness.Open, null));
        batch.Observations.AddRange(
        [
            new Observation("m1", "a", new DateOnly(2024, 1, 1), 1200), new Observation("m1", "b", new DateOnly(2024, 1, 1), 1190),
            new Observation("m2", "a", new DateOnly(2024, 3, 1), 71.5),
        ]);
        store.Import(batch, new ImportSource("f.csv", "/x/f.csv", "abc", 10));
        var folder = _dir.File("it's out");
        var ext = format == ExportFileFormat.Parquet ? "parquet" : "csv";

        var tables = AiRaceStore.ExportTables.Select(t => store.ExportTable(t, Path.Combine(folder, t), format)).ToList();

        Assert.Equal(["observations", "models", "organizations", "imports"], tables.Select(t => t.Name));
        Assert.Equal([3L, 2L, 0L, 1L], tables.Select(t => t.Rows));
        Assert.True(Directory.Exists(Path.Combine(folder, "observations", "metric=m1")));
        Assert.True(Directory.Exists(Path.Combine(folder, "imports", "source_kind=test")));
        Assert.Equal(2, tables[0].Files);
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var cmd = duck.CreateCommand();
        var glob = Path.Combine(folder, "observations", "*", "*." + ext).Replace("'", "''", StringComparison.Ordinal);
        cmd.CommandText = $"SELECT metric, count(*), max(edition) FROM read_{ext}('{glob}', hive_partitioning = true) GROUP BY metric ORDER BY metric";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{r.GetString(0)}:{r.GetInt64(1)}:{r.GetDateTime(2):yyyy-MM-dd}"));
        }

        // m1 is a snapshot metric (edition = its snapshot date); m2 is release-dated (edition = the import's last date for it).
        Assert.Equal(["m1:2:2024-01-01", "m2:1:2024-03-01"], rows);
    }

    [Fact]
    public void Opening_a_missing_store_read_only_is_refused_and_creates_nothing()
    {
        var path = Path.Combine(_dir.File("nowhere"), "x.duckdb");

        var ex = Assert.Throws<AiRaceException>(() => AiRaceStore.OpenReadOnly(path));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains($"'{path}' does not exist", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("nowhere")));
    }
}
