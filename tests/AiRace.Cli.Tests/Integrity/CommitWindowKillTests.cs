using System.Diagnostics;
using AiRace.Cli.Tests.Faults;
using AiRace.Testing;
using DuckDB.NET.Data;
using Xunit.Abstractions;

namespace AiRace.Cli.Tests.Integrity;

/// <summary>
/// kill -9 in the commit window of an import (as soon as the write-ahead log appears, then 0–30 ms later) leaves no orphan:
/// the published store keeps its old content, <c>airace check</c> says it is sound, and a retry imports exactly once.
/// Also: a reader works while the import runs, and a second writer is told the store is busy. Real processes, real files.
/// </summary>
public sealed class CommitWindowKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Records = 150_000;
    private const int Kills = 6;
    private readonly TempDirectory _dir = new();

    [RealDataFact]
    public void Kill_9_in_the_commit_window_leaves_no_orphan_and_a_retry_imports_once()
    {
        var (db, listing) = SeededStore();

        var random = new Random(15);
        int killed = 0, finished = 0;
        for (var run = 0; run < Kills; run++)
        {
            using var import = CliProcess.Start("import", listing, "--db", db);
            var wal = db + ".staging.wal";
            while (!File.Exists(wal) && !import.HasExited)
            {
                Thread.Sleep(1);
            }

            Thread.Sleep(random.Next(0, 31));
            if (import.HasExited)
            {
                finished++;
                break;
            }

            import.Kill();
            killed++;
            Assert.Equal((1L, 1L), (Count(db, "SELECT count(*) FROM imports"), Count(db, "SELECT count(*) FROM hub_models")));
            Assert.Equal(0L, Orphans(db));
            var check = CliProcess.Run("check", "--db", db);
            Assert.True(check.Code == 0, check.Err);
        }

        output.WriteLine($"{killed} kills in the commit window, {finished} imports finished first, 0 orphans");
        Assert.True(killed >= Kills / 2, $"only {killed} of {Kills} runs were killed before they finished: make the listing larger");

        var retry = CliProcess.Run("import", listing, "--db", db);
        Assert.True(retry.Code == 0, retry.Err);
        Assert.Equal(2L, Count(db, "SELECT count(*) FROM imports"));
        Assert.Equal(Records + 1L, Count(db, "SELECT count(*) FROM hub_models"));
        Assert.Equal(0, CliProcess.Run("check", "--db", db).Code);
        Assert.Contains("already imported", CliProcess.Run("import", listing, "--db", db).Out, StringComparison.Ordinal);
        Assert.False(File.Exists(db + ".staging"));
    }

    [RealDataFact]
    public void Readers_work_and_a_second_writer_is_told_the_store_is_busy_while_an_import_runs()
    {
        var db = _dir.File("s.duckdb");
        var listing = _dir.File("hub-2025-06-01.jsonl");
        HubListingFile.Write(listing, Records * 3);
        Assert.Equal(0, CliRunner.Run("import", SharedData.Folder("lmarena-model-list-namra7x"), "--db", db).Code);
        var before = CliRunner.Run("metrics", "--db", db, "--format", "json").Out;

        using var import = CliProcess.Start("import", listing, "--db", db);
        while (!File.Exists(db + ".staging") && !import.HasExited)
        {
            Thread.Sleep(5);
        }

        var metrics = CliProcess.Run("metrics", "--db", db, "--format", "json");
        var second = CliRunner.Run("import", listing, "--db", db);
        var stillRunning = !import.HasExited;
        // The headline report takes longer than the import of the listing: it only has to work while, or after, the import runs.
        var report = CliProcess.Run("report", "--db", db, "--format", "json");
        var finished = import.Wait(TimeSpan.FromMinutes(5));

        Assert.True(stillRunning, "the import finished before the readers did: make the listing larger");
        Assert.True(metrics.Code == 0, metrics.Err);
        Assert.Equal(before, metrics.Out);
        Assert.True(report.Code == 0, report.Err);
        Assert.Equal(3, second.Code);
        Assert.Contains("is busy", second.Err, StringComparison.Ordinal);
        Assert.Equal(0, finished.Code);
        Assert.Equal(Records * 3L, Count(db, "SELECT count(*) FROM hub_models"));
    }

    [RealDataFact]
    public void A_store_left_with_a_cut_off_log_is_reported_by_check_and_repaired_for_good_by_rebuild()
    {
        // The failure the staging copy prevents, made by hand: a store whose log ends inside a commit (its first 4 KiB),
        // as a kill -9 in the commit window left a store that was written in place. DuckDB replays it on every open.
        var (db, listing) = SeededStore();
        using (var import = CliProcess.Start("import", listing, "--db", db))
        {
            var wal = db + ".staging.wal";
            while (!(File.Exists(wal) && new FileInfo(wal).Length > 4096) && !import.HasExited)
            {
                Thread.Sleep(1);
            }

            Assert.False(import.HasExited, "the import finished before its log was complete: make the listing larger");
            import.Kill();
        }

        var cut = _dir.File("cut.duckdb");
        File.Copy(db + ".staging", cut);
        var log = File.ReadAllBytes(db + ".staging.wal");
        File.WriteAllBytes(cut + ".wal", log[..4096]);

        var broken = CliProcess.Run("check", "--db", cut);
        var rebuilt = CliProcess.Run("rebuild", "--db", cut);
        var first = CliProcess.Run("check", "--db", cut);
        var second = CliProcess.Run("check", "--db", cut);

        output.WriteLine($"check on the cut-off log: exit {broken.Code}: {broken.Err.Trim()}");
        Assert.Equal(2, broken.Code);
        Assert.Contains("which has no import record", broken.Err, StringComparison.Ordinal);
        Assert.True(rebuilt.Code == 0, rebuilt.Err);
        Assert.Equal((0, 0), (first.Code, second.Code));
        Assert.False(File.Exists(cut + ".wal"));
        Assert.True(File.Exists(cut + ".wal.stale"));
    }

    /// <summary>A store holding one small import (so its staging copy opens without a log), and a large Hub listing to import.</summary>
    private (string Db, string Listing) SeededStore()
    {
        var db = _dir.File("s.duckdb");
        var listing = _dir.File("hub-2025-06-01.jsonl");
        HubListingFile.Write(listing, Records);
        var small = _dir.File("small.jsonl");
        File.WriteAllText(small, HubJson.Model("seed/m0", 10) + "\n");
        Assert.Equal(0, CliProcess.Run("import", small, "--db", db).Code);
        return (db, listing);
    }

    private static long Count(string db, string sql)
    {
        using var c = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Orphans(string db) =>
        Count(db, "SELECT count(*) FROM hub_models WHERE import_id NOT IN (SELECT id FROM imports)");

    public void Dispose() => _dir.Dispose();
}
