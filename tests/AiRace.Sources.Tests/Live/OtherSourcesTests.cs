using System.IO.Compression;
using System.Text;
using AiRace.Sources.Live;
using AiRace.Store;
using AiRace.Testing;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Http;

namespace AiRace.Sources.Tests.Live;

/// <summary>OpenRouter, Artificial Analysis, LMArena and Epoch connectors against real HTTP servers on 127.0.0.1.</summary>
public sealed class OtherSourcesTests : IDisposable
{
    private readonly AiRaceStore _store = AiRaceStore.Open(":memory:");
    private readonly TempDirectory _dir = new();

    [Fact]
    public void OpenRouter_catalog_gives_models_with_hugging_face_ids_and_prices_per_million_tokens()
    {
        using var server = LoopbackServer.Start(ctx => LiveKit.Json(ctx, OpenRouterJson.Catalog));

        var result = LiveKit.Run(_store, LiveKit.Options("openrouter", server.BaseUrl), "openrouter");

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal("/api/v1/models", Assert.Single(server.Requests).PathAndQuery);
        var qwen = _store.Models().Single(m => m.Key == "qwen/qwen3-32b-04-28");
        Assert.Equal(("Qwen/Qwen3-32B", "qwen/qwen3-32b", "Alibaba"), (qwen.HuggingFaceId, qwen.OpenRouterId, qwen.Organization));
        var prompt = _store.Observations(KnownMetrics.OpenRouterPromptPrice.Id).ToDictionary(o => o.ModelKey, o => o.Score);
        Assert.Equal(30.0, prompt["openai/gpt-4"], 6);   // "0.00003" USD per token = 30 USD per 1M tokens
        Assert.Equal(0.1, prompt["qwen/qwen3-32b-04-28"], 6);
        Assert.False(prompt.ContainsKey("openrouter/auto")); // "-1": a variable price is not a price
    }

    [Fact]
    public void OpenRouter_rankings_send_the_key_and_keep_the_citation_and_the_other_row()
    {
        using var server = LoopbackServer.Start(ctx => LiveKit.Json(ctx, OpenRouterJson.Rankings));
        var config = LiveConfig.Of(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = "sk-or-test-1234" });

        var result = LiveKit.Run(_store, LiveKit.Options("openrouter-rankings", server.BaseUrl), "openrouter-rankings", config);

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/v1/datasets/rankings-daily", request.PathAndQuery);
        Assert.Equal("Bearer sk-or-test-1234", request.Headers["Authorization"]);
        var import = Assert.Single(_store.Imports());
        Assert.StartsWith("Source: OpenRouter (openrouter.ai/rankings), as of 2026-05-12T02:00:00Z.", import.Attribution, StringComparison.Ordinal);
        var tokens = _store.Observations(KnownMetrics.OpenRouterDailyTokens.Id);
        Assert.Equal(5, tokens.Count);
        Assert.Equal(9_000_000_000_123, tokens.Single(o => o.ModelKey == "openai/gpt-4o-2024-05-13" && o.Date == new DateOnly(2026, 5, 11)).Score);
        Assert.Equal([100.0, 4321098.0], tokens.Where(o => o.ModelKey == "other").Select(o => o.Score).Order());
    }

    [Fact]
    public async Task Sources_that_need_a_key_are_skipped_with_a_line_on_how_to_enable_them()
    {
        var results = await new LiveUpdater(_store, LiveKit.Options("openrouter", "http://127.0.0.1:9"), LiveConfig.Of())
            .RunAsync(["openrouter-rankings", "artificial-analysis"], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SourceRunStatus.Skipped, r.Status));
        Assert.Contains("set OPENROUTER_API_KEY", results[0].Message, StringComparison.Ordinal);
        Assert.Contains("set AA_API_KEY", results[1].Message, StringComparison.Ordinal);
        Assert.True(_store.IsEmpty);
    }

    [Fact]
    public void Artificial_analysis_sends_x_api_key_and_dates_the_index_by_release()
    {
        const string body = """
            {"status":200,"data":[
              {"id":"u1","name":"GPT-5 (high)","slug":"gpt-5","release_date":"2025-08-07","model_creator":{"id":"c1","name":"OpenAI","slug":"openai"},
               "evaluations":{"artificial_analysis_intelligence_index":68.5,"gpqa":0.85},"pricing":{"price_1m_input_tokens":1.25}},
              {"id":"u2","name":"Qwen3 Max","slug":"qwen3-max","release_date":"2025-09-05","model_creator":{"name":"Alibaba","slug":"alibaba"},
               "evaluations":{"artificial_analysis_intelligence_index":null}},
              {"id":"u3","name":"Kimi K2","slug":"kimi-k2","release_date":null,"model_creator":{"name":"Kimi"},"evaluations":{"artificial_analysis_intelligence_index":48.1}}
            ]}
            """;
        using var server = LoopbackServer.Start(ctx => LiveKit.Json(ctx, body));
        var config = LiveConfig.Of(new Dictionary<string, string> { ["AA_API_KEY"] = "aa-test-key-42" });

        var result = LiveKit.Run(_store, LiveKit.Options("artificial-analysis", server.BaseUrl), "artificial-analysis", config);

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("/api/v2/data/llms/models", "aa-test-key-42"), (request.PathAndQuery, request.Headers["x-api-key"]));
        var index = Assert.Single(_store.Observations(KnownMetrics.AaIntelligenceIndex.Id));
        Assert.Equal(("gpt-5", new DateOnly(2025, 8, 7), 68.5), (index.ModelKey, index.Date, index.Score));
        Assert.Equal(3, _store.Models().Count);
        Assert.Contains("Artificial Analysis", Assert.Single(_store.Imports()).Attribution, StringComparison.Ordinal);
    }

    [Fact]
    public void Lmarena_lists_the_dataset_then_reads_its_parquet_with_duckdb()
    {
        var parquet = Parquet("""
            SELECT * FROM (VALUES
              ('gemini-2.5-pro', 'Google', 'Proprietary', 1460.5, 1455.0, 1466.0, 2.5, 12000, 1, 'overall', '2025-05-06'),
              ('deepseek-r1', 'DeepSeek', 'MIT', 1360.0, 1352.0, 1368.0, 3.1, 9000, 5, 'overall', '2025-05-06'),
              ('deepseek-r1', 'DeepSeek', 'MIT', 1390.0, 1380.0, 1400.0, 3.1, 4000, 2, 'coding', '2025-05-06'),
              ('gemini-2.5-pro', 'Google', 'Proprietary', 1470.0, 1465.0, 1476.0, 2.5, 13000, 1, 'overall', '2025-05-27')
            ) t(model_name, organization, license, rating, rating_lower, rating_upper, variance, vote_count, rank, category, leaderboard_publish_date)
            """);
        using var server = LoopbackServer.Start(async ctx =>
        {
            var path = ctx.Request.Path.Value!;
            if (path.EndsWith("/tree/main/text", StringComparison.Ordinal))
            {
                await LiveKit.Json(ctx, """
                    [{"type":"file","oid":"a","size":10,"path":"text/full-00000-of-00001.parquet"},
                     {"type":"file","oid":"b","size":10,"path":"text/latest-00000-of-00001.parquet"},
                     {"type":"file","oid":"c","size":10,"path":"text/README.md"}]
                    """);
                return;
            }

            ctx.Response.ContentType = "application/octet-stream";
            await ctx.Response.Body.WriteAsync(parquet);
        });

        var result = LiveKit.Run(_store, LiveKit.Options("lmarena", server.BaseUrl), "lmarena");

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal(
            ["/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text", "/datasets/lmarena-ai/leaderboard-dataset/resolve/main/text/full-00000-of-00001.parquet"],
            server.Requests.Select(r => r.PathAndQuery));
        var overall = _store.Observations(KnownMetrics.LmArenaText.Id);
        Assert.Equal(3, overall.Count);
        var r1 = overall.Single(o => o.ModelKey == "deepseek-r1");
        Assert.Equal((1360.0, 1352.0, 1368.0, 9000L), (r1.Score, r1.CiLow!.Value, r1.CiHigh!.Value, r1.Votes!.Value));
        Assert.Equal(1390.0, Assert.Single(_store.Observations("lmarena-text-coding")).Score);
        Assert.Equal(Core.Domain.Openness.Closed, _store.Models().Single(m => m.Key == "gemini-2.5-pro").Openness);
    }

    [Fact]
    public void Epoch_downloads_go_through_the_file_importers_including_csvs_inside_a_zip()
    {
        // An alltime.csv-shaped table stands in for an Epoch CSV: the connector hands any download to FileImporters.
        const string csv = "key,Model,rating,License,Organization,date\nm-one,Model One,1200.5,MIT,Lab,20250101\nm-two,Model Two,1100,Proprietary,Other Lab,20250101\n";
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(archive.CreateEntry("benchmarks/alltime.csv").Open()))
            {
                w.Write(csv.Replace("20250101", "20250201", StringComparison.Ordinal));
            }

            archive.CreateEntry("README.txt");
        }

        using var server = LoopbackServer.Start(async ctx =>
        {
            if (ctx.Request.Path.Value!.EndsWith(".zip", StringComparison.Ordinal))
            {
                ctx.Response.ContentType = "application/zip";
                await ctx.Response.Body.WriteAsync(zip.ToArray());
                return;
            }

            ctx.Response.ContentType = "text/csv";
            await ctx.Response.WriteAsync(csv);
        });

        var result = LiveKit.Run(_store, LiveKit.Options("epoch", server.BaseUrl), "epoch");

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal(["/data/all_ai_models.csv", "/data/benchmark_data.zip"], server.Requests.Select(r => r.PathAndQuery));
        var obs = _store.Observations(KnownMetrics.LmArenaText.Id);
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 1)], obs.Select(o => o.Date));
        Assert.Equal("epoch-download", Assert.Single(_store.Imports()).SourceKind);
    }

    [Fact]
    public async Task A_rate_limit_holds_requests_to_the_budget()
    {
        var options = new LiveOptions { MaxRetries = 0, AttemptTimeout = TimeSpan.FromSeconds(5) };
        using var server = LoopbackServer.Start(ctx => LiveKit.Json(ctx, "[]"));
        using var http = LiveHttp.Create(options, new RateLimit(2, TimeSpan.FromSeconds(1)), null);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(server.BaseUrl + "/x");
            Assert.True(response.IsSuccessStatusCode);
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"3 requests at 2 per second took only {watch.Elapsed.TotalMilliseconds} ms");
    }

    private byte[] Parquet(string select)
    {
        var path = _dir.File("board.parquet");
        using (var db = new DuckDBConnection("Data Source=:memory:"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = $"COPY ({select}) TO '{path}' (FORMAT parquet)";
            cmd.ExecuteNonQuery();
        }

        return File.ReadAllBytes(path);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}
