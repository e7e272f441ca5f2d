using System.Diagnostics;
using AiRace.Sources.Live;
using AiRace.Store;
using AiRace.Testing;
using Microsoft.AspNetCore.Http;

namespace AiRace.Sources.Tests.Live;

/// <summary>The Hugging Face connector against a real HTTP server on 127.0.0.1 serving Hub-shaped listings.</summary>
public sealed class HubUpdateTests : IDisposable
{
    private readonly AiRaceStore _store = AiRaceStore.Open(":memory:");

    /// <summary>Serves lab-a's models in pages of <paramref name="pageSize"/> through Link headers; <paramref name="fault"/> may take over a page.</summary>
    private static LoopbackServer Hub(int models, int pageSize, Func<HttpContext, int, Task<bool>>? fault = null) =>
        LoopbackServer.Start(async ctx =>
        {
            var cursor = LiveKit.Cursor(ctx);
            if (fault is not null && await fault(ctx, cursor / pageSize))
            {
                return;
            }

            var end = Math.Min(cursor + pageSize, models);
            if (end < models)
            {
                LiveKit.NextPage(ctx, end);
            }

            await LiveKit.Json(ctx, HubJson.Page(HubJson.Range("lab-a", cursor, end)));
        });

    [Fact]
    public void Pages_follow_link_headers_and_every_model_lands_in_the_store()
    {
        using var hub = Hub(models: 25, pageSize: 10);

        var result = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal(3, result.Requests);
        Assert.Equal(["", "cursor=10", "cursor=20"], hub.Requests.Select(r => r.PathAndQuery.Contains("cursor=", StringComparison.Ordinal) ? r.PathAndQuery[r.PathAndQuery.IndexOf("cursor=", StringComparison.Ordinal)..] : ""));
        Assert.All(hub.Requests, r => Assert.Contains("author=lab-a", r.PathAndQuery, StringComparison.Ordinal));
        Assert.All(hub.Requests, r => Assert.Contains("expand[]=downloadsAllTime", Uri.UnescapeDataString(r.PathAndQuery), StringComparison.Ordinal));
        var hubRows = _store.HubModels();
        Assert.Equal(25, hubRows.Count);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"lab-a/m{i}").Order(), hubRows.Select(h => h.RepoId).Order());
        var m3 = hubRows.Single(h => h.RepoId == "lab-a/m3");
        Assert.Equal((99_997L, 999_970L, 3L, "apache-2.0"), (m3.Downloads!.Value, m3.DownloadsAllTime!.Value, m3.Likes!.Value, m3.License));
        Assert.Equal(new DateOnly(2025, 6, 1), m3.SnapshotDate);
        Assert.Equal(25, _store.Observations(KnownMetrics.HfDownloads30d.Id).Count);
        Assert.Equal(99_997, _store.Observations(KnownMetrics.HfDownloads30d.Id).Single(o => o.ModelKey == "lab-a/m3").Score);
        Assert.Equal(3, _store.Archive().Count);
        Assert.Equal(LiveKit.Now, Assert.Single(_store.Imports()).RetrievedAt);
    }

    [Fact]
    public void A_429_with_retry_after_is_waited_out_then_the_update_succeeds()
    {
        var calls = 0;
        using var hub = Hub(models: 5, pageSize: 10, fault: async (ctx, _) =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                return false;
            }

            ctx.Response.Headers["Retry-After"] = "1";
            await LiveKit.Json(ctx, "{\"error\":\"rate limited\"}", 429);
            return true;
        });

        var result = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        var times = hub.Requests.Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(950), $"the retry came after {(times[1] - times[0]).TotalMilliseconds} ms, before Retry-After's 1 s");
        Assert.Equal(5, _store.HubModels().Count);
    }

    [Fact]
    public void A_500_then_success_is_retried_and_commits()
    {
        var calls = 0;
        using var hub = Hub(models: 5, pageSize: 10, fault: async (ctx, _) =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                return false;
            }

            await LiveKit.Json(ctx, "{\"error\":\"boom\"}", 500);
            return true;
        });

        var result = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal(2, hub.Requests.Count);
        Assert.Equal(5, _store.HubModels().Count);
        Assert.Single(_store.Archive());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_stalled_response_times_out_and_leaves_the_store_unchanged(bool stallInBody)
    {
        Seed();
        var before = LiveKit.Fingerprint(_store);
        using var hub = Hub(models: 5, pageSize: 10, fault: async (ctx, _) =>
        {
            if (stallInBody)
            {
                ctx.Response.ContentType = "application/json";
                ctx.Response.ContentLength = 10_000;
                await ctx.Response.WriteAsync("[{\"id\":");
                await ctx.Response.Body.FlushAsync();
            }

            await Task.Delay(Timeout.Infinite, ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return true;
        });
        var options = LiveKit.Options("huggingface", hub.BaseUrl, retries: 1) with { AttemptTimeout = TimeSpan.FromMilliseconds(300) };

        var watch = Stopwatch.StartNew();
        var result = LiveKit.Run(_store, options, "huggingface");

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Contains("timed out after 2 attempts", result.Message, StringComparison.Ordinal);
        Assert.Contains(hub.BaseUrl + "/api/models?author=lab-a", result.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(before, LiveKit.Fingerprint(_store));
    }

    [Fact]
    public void Truncated_json_fails_the_source_naming_the_url_and_leaves_the_store_unchanged()
    {
        Seed();
        var before = LiveKit.Fingerprint(_store);
        using var hub = Hub(models: 30, pageSize: 10, fault: async (ctx, page) =>
        {
            if (page != 1)
            {
                return false;
            }

            var full = HubJson.Page(HubJson.Range("lab-a", 10, 20));
            await LiveKit.Json(ctx, full[..(full.Length / 2)]);
            return true;
        });

        var result = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Contains("cursor=10", result.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", result.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing from this huggingface run was written", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, LiveKit.Fingerprint(_store));
    }

    [Fact]
    public void A_wrong_content_type_fails_and_leaves_the_store_unchanged()
    {
        Seed();
        var before = LiveKit.Fingerprint(_store);
        using var hub = Hub(models: 5, pageSize: 10, fault: async (ctx, _) =>
        {
            ctx.Response.ContentType = "text/html";
            await ctx.Response.WriteAsync("<html><body>Please log in to the Wi-Fi</body></html>");
            return true;
        });

        var result = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Contains("content type 'text/html', expected JSON", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, LiveKit.Fingerprint(_store));
    }

    [Fact]
    public void An_unchanged_listing_answering_304_writes_nothing()
    {
        using var hub = Hub(models: 15, pageSize: 10, fault: async (ctx, page) =>
        {
            var etag = $"\"page-{page}\"";
            if (ctx.Request.Headers.IfNoneMatch == etag)
            {
                ctx.Response.StatusCode = 304;
                return true;
            }

            ctx.Response.Headers.ETag = etag;
            await Task.CompletedTask;
            return false;
        });
        var first = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");
        var before = LiveKit.Fingerprint(_store);

        var second = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");

        Assert.Equal(SourceRunStatus.Updated, first.Status);
        Assert.Equal(SourceRunStatus.Unchanged, second.Status);
        Assert.Equal((2, 2), (second.Requests, second.NotModified));
        var conditional = hub.Requests.Skip(2).ToList();
        Assert.Equal(["\"page-0\"", "\"page-1\""], conditional.Select(r => r.Headers["If-None-Match"]));
        Assert.Equal(before, LiveKit.Fingerprint(_store));
    }

    [Fact]
    public void Page_7_of_10_failing_commits_nothing_and_names_source_url_and_status()
    {
        Seed();
        var before = LiveKit.Fingerprint(_store);
        using var hub = Hub(models: 100, pageSize: 10, fault: async (ctx, page) =>
        {
            if (page != 6)
            {
                return false;
            }

            await LiveKit.Json(ctx, "{\"error\":\"upstream unavailable\"}", 503);
            return true;
        });

        var result = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Equal(7, result.Requests);
        Assert.Equal(9, hub.Requests.Count); // pages 1-6, then page 7 three times (two retries)
        Assert.Contains("cursor=60", result.Message, StringComparison.Ordinal);
        Assert.Contains("answered 503 Service Unavailable after 3 attempts", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, LiveKit.Fingerprint(_store));
    }

    [Fact]
    public void The_same_content_without_validators_is_unchanged_and_writes_nothing()
    {
        using var hub = Hub(models: 5, pageSize: 10);
        LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface");
        var before = LiveKit.Fingerprint(_store);

        var again = LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl) with { Clock = () => LiveKit.Now.AddDays(1) }, "huggingface");

        Assert.Equal(SourceRunStatus.Unchanged, again.Status);
        Assert.Contains("same content as import", again.Message, StringComparison.Ordinal);
        Assert.Equal(before, LiveKit.Fingerprint(_store));
    }

    [Fact]
    public void Derivative_listings_count_distinct_repositories_per_base_model()
    {
        // lab-a/m0 is the most downloaded: 2 finetunes, 1 quantization (also listed as a finetune), no adapters or merges.
        using var hub = LoopbackServer.Start(async ctx =>
        {
            var filter = ctx.Request.Query["filter"].ToString();
            var body = filter switch
            {
                "" => HubJson.Page(HubJson.Range("lab-a", 0, 3)),
                "base_model:finetune:lab-a/m0" => HubJson.Page([
                    HubJson.Model("fan/ft-1", 10, baseTag: "base_model:finetune:lab-a/m0"),
                    HubJson.Model("fan/q-1", 5, baseTag: "base_model:finetune:lab-a/m0")]),
                "base_model:quantized:lab-a/m0" => HubJson.Page([HubJson.Model("fan/q-1", 5, baseTag: "base_model:quantized:lab-a/m0")]),
                _ => "[]",
            };
            await LiveKit.Json(ctx, body);
        });
        var options = LiveKit.Options("huggingface", hub.BaseUrl) with { HubDerivativeModels = 1 };

        var result = LiveKit.Run(_store, options, "huggingface");

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal(5, hub.Requests.Count);
        var count = Assert.Single(_store.Observations(KnownMetrics.HfDerivatives.Id));
        Assert.Equal(("lab-a/m0", 2.0), (count.ModelKey, count.Score));
        var quantized = _store.HubModels().Where(h => h.RepoId == "fan/q-1").Select(h => h.BaseRelation).Order().ToList();
        Assert.Equal(["finetune", "quantized"], quantized);
    }

    [Fact]
    public async Task A_failing_source_does_not_stop_the_next_one()
    {
        using var broken = LoopbackServer.Start(ctx => LiveKit.Json(ctx, "{}", 500));
        using var openRouter = LoopbackServer.Start(ctx => LiveKit.Json(ctx, OpenRouterJson.Catalog));
        var options = LiveKit.Options("huggingface", broken.BaseUrl) with
        {
            BaseUrls = new Dictionary<string, string> { ["huggingface"] = broken.BaseUrl, ["openrouter"] = openRouter.BaseUrl },
        };

        var results = await new LiveUpdater(_store, options, LiveConfig.Of()).RunAsync(["openrouter", "huggingface"], CancellationToken.None);

        Assert.Equal([("huggingface", SourceRunStatus.Failed), ("openrouter", SourceRunStatus.Updated)], results.Select(r => (r.Source, r.Status)));
        Assert.Equal("openrouter-models-api", Assert.Single(_store.Imports()).SourceKind);
    }

    [Fact]
    public void Hf_endpoint_and_hf_token_come_from_the_config_when_no_base_url_is_given()
    {
        using var hub = Hub(models: 2, pageSize: 10);
        var options = LiveKit.Options("huggingface", hub.BaseUrl) with { BaseUrls = new Dictionary<string, string>() };
        var config = LiveConfig.Of(new Dictionary<string, string> { ["HF_ENDPOINT"] = hub.BaseUrl + "/", ["HF_TOKEN"] = "hf_test_token" });

        var result = LiveKit.Run(_store, options, "huggingface", config);

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal("Bearer hf_test_token", Assert.Single(hub.Requests).Headers["Authorization"]);
        Assert.Equal(hub.BaseUrl, Assert.Single(_store.Imports()).Path);
    }

    /// <summary>Puts one earlier, successful Hub import in the store, so "unchanged" means more than "empty".</summary>
    private void Seed()
    {
        using var hub = Hub(models: 3, pageSize: 10);
        Assert.Equal(SourceRunStatus.Updated, LiveKit.Run(_store, LiveKit.Options("huggingface", hub.BaseUrl) with { Clock = () => LiveKit.Now.AddDays(-1) }, "huggingface").Status);
    }

    public void Dispose() => _store.Dispose();
}
