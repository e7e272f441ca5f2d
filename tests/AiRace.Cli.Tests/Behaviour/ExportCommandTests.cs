using System.Globalization;
using System.Text.RegularExpressions;
using AiRace.Testing;
using DuckDB.NET.Data;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary>
/// <c>airace export</c> on the full import of ../shared/data: DuckDB reads the Hive-partitioned Parquet (and CSV) back with
/// the store's counts, table by table and metric by metric; the README's query runs on it; a non-empty folder is refused.
/// </summary>
public sealed partial class ExportCommandTests : IClassFixture<FullImportFixture>, IDisposable
{
    private readonly FullImportFixture _store;
    private readonly TempDirectory _dir = new();

    public ExportCommandTests(FullImportFixture store) => _store = store;

    public void Dispose() => _dir.Dispose();

    [RealDataTheory]
    [InlineData("parquet")]
    [InlineData("csv")]
    public void The_export_reads_back_with_the_same_counts_per_table_and_per_metric(string format)
    {
        var folder = _dir.File("export-" + format);

        var (code, output, err) = CliRunner.Run("export", folder, "--format", format, "--db", _store.Db);

        Assert.True(code == 0, err);
        Assert.Contains($"to '{folder}' ({format}", output, StringComparison.Ordinal);
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Execute(duck, $"ATTACH '{_store.Db}' AS store (READ_ONLY)");
        var read = format == "parquet" ? "read_parquet" : "read_csv";
        var tables = new (string Table, string Files, string Store)[]
        {
            ("observations", "observations/*/*", "store.observations"),
            ("models", "models/*", "store.models"),
            ("organizations", "organizations/*", "store.organization_sources"),
            ("imports", "imports/*/*", "store.imports"),
        };
        foreach (var (table, files, source) in tables)
        {
            var exported = Scalar(duck, $"SELECT count(*) FROM {read}('{folder}/{files}.{format}', hive_partitioning = true)");
            var stored = Scalar(duck, $"SELECT count(*) FROM {source}");
            Assert.True(stored > 0, $"{table}: the store has no rows");
            Assert.True(exported == stored, $"{table}: {exported} exported, {stored} in the store");
            Assert.Contains($"{table}", output, StringComparison.Ordinal);
        }

        // The partition column comes back from the folder names, with the same rows under each metric.
        var mismatches = Scalar(duck, $"""
            SELECT count(*) FROM
              (SELECT metric, count(*) AS n FROM {read}('{folder}/observations/*/*.{format}', hive_partitioning = true) GROUP BY metric) e
              FULL JOIN (SELECT metric, count(*) AS n FROM store.observations GROUP BY metric) s USING (metric)
            WHERE e.n IS DISTINCT FROM s.n
            """);
        Assert.Equal(0, mismatches);
    }

    [RealDataFact]
    public void The_readme_query_runs_on_the_export()
    {
        var folder = _dir.File("export");
        Assert.Equal(0, CliRunner.Run("export", folder, "--db", _store.Db).Code);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var query = ReadmeQuery().Match(readme).Groups["sql"].Value;
        Assert.Contains("read_parquet('DIR/observations/*/*.parquet', hive_partitioning = true)", query, StringComparison.Ordinal);

        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var cmd = duck.CreateCommand();
        cmd.CommandText = query.Replace("DIR", folder, StringComparison.Ordinal);
        using var r = cmd.ExecuteReader();
        var metrics = 0;
        while (r.Read())
        {
            Assert.True(r.GetInt64(1) > 0);
            metrics++;
        }

        Assert.True(metrics > 10, $"{metrics} metrics");
    }

    [RealDataFact]
    public void A_non_empty_folder_is_refused_naming_it_unless_overwrite()
    {
        var folder = Directory.CreateDirectory(_dir.File("busy")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var refused = CliRunner.Run("export", folder, "--db", _store.Db);
        var overwritten = CliRunner.Run("export", folder, "--overwrite", "--db", _store.Db);
        var again = CliRunner.Run("export", folder, "--overwrite", "--db", _store.Db);

        Assert.Equal(1, refused.Code);
        var line = Assert.Single(refused.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'{folder}' is not empty", line, StringComparison.Ordinal);
        Assert.Contains("--overwrite", line, StringComparison.Ordinal);
        Assert.True(overwritten.Code == 0, overwritten.Err);
        Assert.True(again.Code == 0, again.Err);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Equal(
            ["imports", "models", "observations", "organizations"],
            Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static long Scalar(DuckDBConnection duck, string sql)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("```sql\\n(?<sql>[^`]*read_parquet\\('DIR/observations[^`]*)```")]
    private static partial Regex ReadmeQuery();
}
