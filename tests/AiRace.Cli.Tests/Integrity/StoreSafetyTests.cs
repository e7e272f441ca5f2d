using System.Diagnostics;
using AiRace.Testing;
using DuckDB.NET.Data;

namespace AiRace.Cli.Tests.Integrity;

/// <summary>Store paths, read-only stores, literal file names, regular files only, and <c>airace check</c> / <c>rebuild</c>.</summary>
public sealed class StoreSafetyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [RealDataFact]
    public void An_empty_db_option_is_an_error_and_creates_nothing()
    {
        var (code, _, err) = CliRunner.Run("metrics", "--db", "");

        Assert.Equal(1, code);
        Assert.Equal("error: --db is empty. Pass a store file with --db FILE, or leave --db out to use $AIRACE_DB or the default store.", err.Trim());
    }

    [RealDataFact]
    public void A_read_only_store_file_can_be_read_and_refuses_writes_with_one_line()
    {
        var db = _dir.File("ro.duckdb");
        Assert.Equal(0, CliRunner.Run("import", SharedData.Folder("lmarena-model-list-namra7x"), "--db", db).Code);
        var before = File.ReadAllBytes(db);
        File.SetAttributes(db, FileAttributes.ReadOnly); // chmod a-w on Unix

        var read = CliRunner.Run("models", "--db", db);
        var write = CliRunner.Run("rebuild", "--db", db);

        Assert.Equal(0, read.Code);
        Assert.Equal(3, write.Code);
        var line = Assert.Single(write.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is read-only", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [RealDataFact]
    public void A_file_name_with_glob_characters_imports_that_file_only()
    {
        var db = _dir.File("s.duckdb");
        File.WriteAllLines(_dir.File("hub-*.jsonl"), [HubJson.Model("a/m1", 5), HubJson.Model("a/m2", 4)]);
        File.WriteAllLines(_dir.File("hub-a.jsonl"), HubJson.Range("b", 0, 30));

        var (code, output, err) = CliRunner.Run("import", _dir.File("hub-*.jsonl"), "--db", db);

        Assert.True(code == 0, err);
        Assert.Contains("1 imported (2 rows)", output, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_fifo_or_a_device_is_refused_with_one_line()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Fail("This test needs Linux (mkfifo and /dev/zero); it ran elsewhere.");
        }

        var db = _dir.File("s.duckdb");
        Process.Start("mkfifo", _dir.File("fifo.json"))!.WaitForExit();
        File.CreateSymbolicLink(_dir.File("zero.json"), "/dev/zero");

        var (code, _, err) = CliRunner.Run("import", _dir.File("fifo.json"), _dir.File("zero.json"), "--db", db);

        Assert.Equal(2, code);
        Assert.Contains("fifo.json': it is not a regular file (a FIFO)", err, StringComparison.Ordinal);
        Assert.Contains("zero.json': it is not a regular file (a character device)", err, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Check_finds_rows_without_an_import_and_rebuild_repairs_them()
    {
        var db = _dir.File("s.duckdb");
        File.WriteAllLines(_dir.File("hub-2025-06-01.jsonl"), HubJson.Range("lab", 0, 5));
        Assert.Equal(0, CliRunner.Run("import", _dir.File("hub-2025-06-01.jsonl"), "--db", db).Code);
        Assert.Equal(0, CliRunner.Run("check", "--db", db).Code);
        using (var c = new DuckDBConnection($"Data Source={db}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO hub_models (import_id, snapshot_date, repo_id) VALUES (999, DATE '2025-06-01', 'orphan/x'); CHECKPOINT;";
            cmd.ExecuteNonQuery();
        }

        var broken = CliRunner.Run("check", "--db", db);
        var rebuilt = CliRunner.Run("rebuild", "--db", db);
        var repaired = CliRunner.Run("check", "--db", db);

        Assert.Equal(2, broken.Code);
        Assert.Contains("1 rows in hub_models under import 999, which has no import record", broken.Err, StringComparison.Ordinal);
        Assert.Contains("airace rebuild", broken.Err, StringComparison.Ordinal);
        Assert.True(rebuilt.Code == 0, rebuilt.Err);
        Assert.Equal(0, repaired.Code);
        Assert.Contains("is sound", repaired.Out, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_symlinked_report_output_is_replaced_not_followed()
    {
        var db = _dir.File("s.duckdb");
        var target = _dir.File("precious.txt");
        File.WriteAllText(target, "keep me");
        File.CreateSymbolicLink(_dir.File("r.md"), target);

        var (code, _, err) = CliRunner.Run("report", "--db", db, "--output", _dir.File("r.md"));

        Assert.True(code == 0, err);
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.Null(new FileInfo(_dir.File("r.md")).LinkTarget);
        Assert.StartsWith("# ", File.ReadAllText(_dir.File("r.md")), StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
