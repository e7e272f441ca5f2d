using System.Text.Json;
using AiRace.Sources.Live;
using AiRace.Store;
using AiRace.Testing;
using Microsoft.AspNetCore.Http;

namespace AiRace.Cli.Tests;

/// <summary>
/// <c>airace update</c> as a user runs it against a Hub-shaped server on 127.0.0.1: it imports what the server lists, a
/// second run answered with 304 writes nothing, and a server failing on page 2 gives exit 3 and leaves the store unchanged.
/// </summary>
public sealed class UpdateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private bool _failPage2;

    private string Db => _dir.File("store.duckdb");

    private LoopbackServer Hub() => LoopbackServer.Start(async ctx =>
    {
        var cursor = int.TryParse(ctx.Request.Query["cursor"], out var c) ? c : 0;
        if (_failPage2 && cursor == 2)
        {
            ctx.Response.StatusCode = 500;
            return;
        }

        var etag = $"\"p{cursor}\"";
        if (ctx.Request.Headers.IfNoneMatch == etag)
        {
            ctx.Response.StatusCode = 304;
            return;
        }

        ctx.Response.Headers.ETag = etag;
        if (cursor == 0)
        {
            ctx.Response.Headers["Link"] = $"<http://{ctx.Request.Host}{ctx.Request.Path}{ctx.Request.QueryString}&cursor=2>; rel=\"next\"";
        }

        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(HubJson.Page(HubJson.Range("lab-a", cursor, cursor + 2)));
    });

    private (int Code, string Out, string Err) Update(LoopbackServer hub, params string[] extra) =>
        CliRunner.Run([
            "update", "--db", Db, "--source", "huggingface", "--hf-author", "lab-a", "--hf-derivatives", "0",
            "--base-url", $"huggingface={hub.BaseUrl}", "--retries", "1", "--retry-delay", "0", .. extra]);

    private string Metrics() => CliRunner.Run("metrics", "--db", Db, "--format", "json").Out;

    private StoreCounts Counts()
    {
        using var store = AiRaceStore.Open(Db);
        return store.Counts();
    }

    [Fact]
    public void Update_imports_then_304_writes_nothing_then_a_failing_page_2_exits_3_and_changes_nothing()
    {
        using var hub = Hub();

        var first = Update(hub);
        Assert.Equal(0, first.Code);
        Assert.Contains("huggingface          updated", first.Out, StringComparison.Ordinal);
        var metrics = Metrics();
        var counts = Counts();
        Assert.Equal(4, counts.Models);

        var second = Update(hub);
        Assert.Equal(0, second.Code);
        Assert.Contains("unchanged", second.Out, StringComparison.Ordinal);
        Assert.Contains("every response was 304 Not Modified", second.Out, StringComparison.Ordinal);
        Assert.Equal((metrics, counts), (Metrics(), Counts()));

        _failPage2 = true;
        hub.Requests.Clear();
        var third = Update(hub, "--format", "json");
        Assert.Equal(3, third.Code);
        var error = Assert.Single(third.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: huggingface: GET " + hub.BaseUrl + "/api/models?author=lab-a", error, StringComparison.Ordinal);
        Assert.Contains("cursor=2 answered 500 Internal Server Error after 2 attempts", error, StringComparison.Ordinal);
        using (var doc = JsonDocument.Parse(third.Out))
        {
            Assert.Equal(1, doc.RootElement.GetProperty("failed").GetInt32());
            var source = doc.RootElement.GetProperty("sources")[0];
            Assert.Equal(("huggingface", "failed"), (source.GetProperty("source").GetString(), source.GetProperty("status").GetString()));
        }

        Assert.Equal((metrics, counts), (Metrics(), Counts()));
    }

    [Fact]
    public void The_json_summary_counts_outcomes_and_lists_each_source()
    {
        using var hub = Hub();
        var (code, output, _) = CliRunner.Run(
            "update", "--db", Db, "--source", "huggingface", "--source", "artificial-analysis", "--hf-author", "lab-a", "--hf-derivatives", "0",
            "--base-url", $"huggingface={hub.BaseUrl}", "--format", "json", "--config", _dir.File("absent-is-an-error.json"));

        Assert.Equal(1, code); // an explicit --config must exist
        Assert.Empty(output);

        (code, output, _) = CliRunner.Run(
            "update", "--db", Db, "--source", "huggingface", "--source", "artificial-analysis", "--hf-author", "lab-a", "--hf-derivatives", "0",
            "--base-url", $"huggingface={hub.BaseUrl}", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal((1, 0, 1, 0), (doc.RootElement.GetProperty("updated").GetInt32(), doc.RootElement.GetProperty("unchanged").GetInt32(),
            doc.RootElement.GetProperty("skipped").GetInt32(), doc.RootElement.GetProperty("failed").GetInt32()));
        var hf = doc.RootElement.GetProperty("sources")[0];
        // 4 repositories, each a Hub row, a catalog model and 3 observations (30-day downloads, all-time downloads, likes).
        Assert.Equal((2, 20L), (hf.GetProperty("requests").GetInt32(), hf.GetProperty("rows").GetInt64()));
        Assert.Equal("skipped", doc.RootElement.GetProperty("sources")[1].GetProperty("status").GetString());
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_only_the_error_on_failure()
    {
        using var hub = Hub();
        var ok = Update(hub, "--quiet");
        _failPage2 = true;
        using var fresh = new TempDirectory();
        var failed = CliRunner.Run(
            "update", "--db", fresh.File("s.duckdb"), "--quiet", "--source", "huggingface", "--hf-author", "lab-a", "--hf-derivatives", "0",
            "--base-url", $"huggingface={hub.BaseUrl}", "--retries", "0");

        Assert.Equal((0, string.Empty, string.Empty), ok);
        Assert.Equal((3, string.Empty), (failed.Code, failed.Out));
        Assert.StartsWith("error: huggingface: GET ", Assert.Single(failed.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_update_while_one_runs_exits_3_saying_so()
    {
        using var held = AiRace.Store.StoreWriter.Begin(Db);
        using var hub = Hub();

        var (code, _, err) = Update(hub);

        Assert.Equal(3, code);
        Assert.Contains("is busy: another airace import, update or rebuild is writing it", err, StringComparison.Ordinal);
        Assert.Empty(hub.Requests);
    }

    [RealDataFact]
    public void Rebuild_gives_the_same_metrics_json_as_before()
    {
        using var hub = Hub();
        Assert.Equal(0, CliRunner.Run("import", SharedData.File("lmarena-history-jasontrigg0/alltime.csv"), "--db", Db).Code);
        Assert.Equal(0, Update(hub).Code);
        var before = Metrics();

        var (code, output, _) = CliRunner.Run("rebuild", "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("Rebuilt 2 imports (1 from the archive, 1 from their files)", output, StringComparison.Ordinal);
        Assert.Equal(before, Metrics());
    }

    [RealDataFact]
    public void As_of_counts_file_observations_by_their_own_date_and_live_ones_by_retrieval()
    {
        using var hub = Hub();
        Assert.Equal(0, CliRunner.Run("import", SharedData.File("lmarena-history-jasontrigg0/alltime.csv"), "--db", Db).Code);
        Assert.Equal(0, Update(hub).Code);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var early = JsonDocument.Parse(CliRunner.Run("metrics", "--db", Db, "--format", "json", "--as-of", "2024-01-01").Out);
        using var before = JsonDocument.Parse(CliRunner.Run("metrics", "--db", Db, "--format", "json", "--as-of", yesterday).Out);
        using var now = JsonDocument.Parse(CliRunner.Run("metrics", "--db", Db, "--format", "json").Out);

        // python3: rows of alltime.csv with date <= 20240101 -> 378 rows, 375 distinct (key, date) (yi-34b-chat is listed twice on
        // three dates and kept once), the last on 20231220.
        var text = Assert.Single(early.RootElement.EnumerateArray());
        Assert.Equal(("lmarena-text", 375L, "2023-12-20"), (text.GetProperty("id").GetString(), text.GetProperty("observations").GetInt64(), text.GetProperty("last_date").GetString()));
        Assert.DoesNotContain(before.RootElement.EnumerateArray(), m => m.GetProperty("id").GetString()!.StartsWith("hf-", StringComparison.Ordinal));
        Assert.Contains(now.RootElement.EnumerateArray(), m => m.GetProperty("id").GetString() == "hf-downloads-30d");
    }

    [Fact]
    public void Sources_archive_lists_every_kept_response()
    {
        using var hub = Hub();
        Assert.Equal(0, Update(hub).Code);

        var (code, output, _) = CliRunner.Run("sources", "--archive", "--db", Db, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(200, r.GetProperty("status").GetInt32()));
        Assert.EndsWith("cursor=2", rows[1].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(rows[0].GetProperty("stored_bytes").GetInt64() < rows[0].GetProperty("bytes").GetInt64());
    }

    public void Dispose() => _dir.Dispose();
}
