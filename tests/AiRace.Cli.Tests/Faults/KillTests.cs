using System.Diagnostics;
using AiRace.Store;
using AiRace.Testing;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace AiRace.Cli.Tests.Faults;

/// <summary>
/// Fault matrix: kill -9 of a real <c>airace</c> process during <c>import</c>, <c>rebuild</c> and <c>update</c> (against a
/// loopback server). The store opens afterwards, holds what it held before (or the whole finished import, never part of
/// one), and a retry succeeds.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const int Records = 150_000;
    private readonly TempDirectory _dir = new();
    private readonly ITestOutputHelper _output;

    public KillTests(ITestOutputHelper output) => _output = output;

    private string Db => _dir.File("store.duckdb");

    public void Dispose() => _dir.Dispose();

    [RealDataFact]
    public void Kill_9_during_an_import_leaves_the_store_as_it_was_and_a_retry_imports_once()
    {
        var big = BigListing();
        Assert.Equal(0, CliRunner.Run("import", "--db", Db, SharedData.File("lmarena-oolong-daily/2026-04-10/text.json")).Code);
        var before = Snapshot();

        using (var p = CliProcess.Start("import", "--db", Db, big))
        {
            KillWhenWriting(p);
        }

        var after = Snapshot();
        Assert.True(after == before || after.Imports == before.Imports + 1, $"after the kill: {after}, before: {before}");
        var (code, _, err) = CliProcess.Run("import", "--db", Db, big);
        Assert.True(code == 0, err);
        var retried = Snapshot();
        Assert.Equal(before.Imports + 1, retried.Imports);
        Assert.Equal(before.Rows + Records, retried.Rows);
    }

    [RealDataFact]
    public void Kill_9_during_a_rebuild_leaves_the_store_as_it_was_and_a_retry_succeeds()
    {
        Assert.Equal(0, CliRunner.Run("import", "--db", Db, BigListing(), SharedData.File("lmarena-oolong-daily/2026-04-10/text.json")).Code);
        var before = Snapshot();
        var metrics = CliRunner.Run("metrics", "--db", Db, "--format", "json").Out;

        using (var p = CliProcess.Start("rebuild", "--db", Db))
        {
            KillWhenWriting(p);
        }

        Assert.Equal(before, Snapshot());
        Assert.Equal(metrics, CliRunner.Run("metrics", "--db", Db, "--format", "json").Out);
        var (code, _, err) = CliProcess.Run("rebuild", "--db", Db);
        Assert.True(code == 0, err);
        Assert.Equal(before, Snapshot());
    }

    [RealDataFact]
    public void Kill_9_during_an_update_leaves_the_store_as_it_was_and_a_retry_succeeds()
    {
        var hang = true;
        using var page2Asked = new ManualResetEventSlim();
        using var hub = LoopbackServer.Start(async ctx =>
        {
            var cursor = int.TryParse(ctx.Request.Query["cursor"], out var c) ? c : 0;
            if (cursor == 2 && hang)
            {
                page2Asked.Set();
                await Task.Delay(TimeSpan.FromMinutes(2), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            if (cursor == 0)
            {
                ctx.Response.Headers["Link"] = $"<http://{ctx.Request.Host}{ctx.Request.Path}{ctx.Request.QueryString}&cursor=2>; rel=\"next\"";
            }

            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(HubJson.Page(HubJson.Range("lab-a", cursor, cursor + 2)));
        });
        string[] update = ["update", "--db", Db, "--source", "huggingface", "--hf-author", "lab-a", "--hf-derivatives", "0",
            "--base-url", $"huggingface={hub.BaseUrl}", "--retries", "0", "--timeout", "100"];
        Assert.Equal(0, CliRunner.Run("import", "--db", Db, SharedData.File("lmarena-oolong-daily/2026-04-10/text.json")).Code);
        var before = Snapshot();

        using (var p = CliProcess.Start(update))
        {
            if (!page2Asked.Wait(TimeSpan.FromMinutes(1)))
            {
                var (_, o, e) = p.Wait(TimeSpan.FromSeconds(5));
                Assert.Fail($"the update never asked for page 2: {o} {e}");
            }

            p.Kill();
        }

        Assert.Equal(before, Snapshot());
        hang = false;
        var (code, _, err) = CliProcess.Run(update);
        Assert.True(code == 0, err);
        Assert.Equal(before.Imports + 1, Snapshot().Imports);
    }

    /// <summary>Kills as soon as the store's write-ahead log appears (the write has begun), or after 4 seconds.</summary>
    private void KillWhenWriting(CliProcess p)
    {
        var clock = Stopwatch.StartNew();
        while (!p.HasExited && !File.Exists(Db + ".wal") && clock.Elapsed < TimeSpan.FromSeconds(4))
        {
            Thread.Sleep(5);
        }

        if (p.HasExited)
        {
            _output.WriteLine($"the process finished before the kill ({clock.ElapsedMilliseconds} ms); the store is still checked");
            return;
        }

        p.Kill();
        _output.WriteLine($"killed after {clock.ElapsedMilliseconds} ms (wal present: {File.Exists(Db + ".wal")})");
    }

    private (long Imports, long Rows, StoreCounts Counts) Snapshot()
    {
        using var store = AiRaceStore.Open(Db);
        var imports = store.Imports();
        return (imports.Count, imports.Sum(i => i.Rows), store.Counts());
    }

    /// <summary>A generated Hub listing of <see cref="Records"/> models (JSON lines) in a dated folder.</summary>
    private string BigListing()
    {
        var folder = Directory.CreateDirectory(_dir.File("2026-01-05")).FullName;
        var path = Path.Combine(folder, "models.jsonl");
        if (!File.Exists(path))
        {
            File.WriteAllLines(path, HubJson.Range("lab-big", 0, Records));
        }

        return path;
    }
}
