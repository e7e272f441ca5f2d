using System.Text;
using AiRace.Sources.Live;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests.Live;

/// <summary>Keys stay with their origin: two real servers on 127.0.0.1 with different ports are two origins.</summary>
public sealed class KeyOriginTests : IDisposable
{
    private const string AaKey = "aa-secret-key-0042";
    private const string HubToken = "hf_secret_token_0042";
    private const string AaBody = """
        {"status":200,"data":[{"id":"u1","name":"GPT-5 (high)","slug":"gpt-5","release_date":"2025-08-07","model_creator":{"name":"OpenAI","slug":"openai"},
         "evaluations":{"artificial_analysis_intelligence_index":68.5}}]}
        """;

    private readonly AiRaceStore _store = AiRaceStore.Open(":memory:");

    [Fact]
    public void A_redirect_to_another_port_carries_no_x_api_key()
    {
        using var other = LoopbackServer.Start(ctx => LiveKit.Json(ctx, AaBody));
        using var origin = LoopbackServer.Start(ctx =>
        {
            ctx.Response.StatusCode = 302;
            ctx.Response.Headers.Location = other.BaseUrl + ctx.Request.Path;
            return Task.CompletedTask;
        });
        var config = LiveConfig.Of(new Dictionary<string, string> { ["AA_API_KEY"] = AaKey });

        var result = LiveKit.Run(_store, LiveKit.Options("artificial-analysis", origin.BaseUrl), "artificial-analysis", config);

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.Equal(AaKey, Assert.Single(origin.Requests).Headers["x-api-key"]);
        var redirected = Assert.Single(other.Requests);
        Assert.False(redirected.Headers.ContainsKey("x-api-key"));
        Assert.False(redirected.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public void A_redirect_on_the_same_origin_keeps_the_key()
    {
        using var origin = LoopbackServer.Start(ctx =>
        {
            if (ctx.Request.Path.StartsWithSegments("/moved", StringComparison.Ordinal))
            {
                return LiveKit.Json(ctx, AaBody);
            }

            ctx.Response.StatusCode = 307;
            ctx.Response.Headers.Location = "/moved" + ctx.Request.Path;
            return Task.CompletedTask;
        });
        var config = LiveConfig.Of(new Dictionary<string, string> { ["AA_API_KEY"] = AaKey });

        var result = LiveKit.Run(_store, LiveKit.Options("artificial-analysis", origin.BaseUrl), "artificial-analysis", config);

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        Assert.All(origin.Requests, r => Assert.Equal(AaKey, r.Headers["x-api-key"]));
        Assert.Equal(2, origin.Requests.Count);
    }

    [Fact]
    public void A_next_page_link_to_another_port_carries_no_bearer_token()
    {
        using var other = LoopbackServer.Start(ctx => LiveKit.Json(ctx, HubJson.Page(HubJson.Range("lab-a", 2, 4))));
        using var origin = LoopbackServer.Start(ctx =>
        {
            ctx.Response.Headers["Link"] = $"<{other.BaseUrl}{ctx.Request.Path}{ctx.Request.QueryString}&cursor=2>; rel=\"next\"";
            return LiveKit.Json(ctx, HubJson.Page(HubJson.Range("lab-a", 0, 2)));
        });
        var config = LiveConfig.Of(new Dictionary<string, string> { ["HF_TOKEN"] = HubToken });

        LiveKit.Run(_store, LiveKit.Options("huggingface", origin.BaseUrl), "huggingface", config);

        Assert.Equal("Bearer " + HubToken, origin.Requests.First().Headers["Authorization"]);
        Assert.NotEmpty(other.Requests);
        Assert.All(other.Requests, r => Assert.False(r.Headers.ContainsKey("Authorization")));
    }

    [Fact]
    public void A_key_echoed_in_the_body_and_etag_is_not_archived()
    {
        var echoed = AaBody.Replace("GPT-5 (high)", "GPT-5 " + AaKey, StringComparison.Ordinal);
        using var origin = LoopbackServer.Start(ctx =>
        {
            ctx.Response.Headers.ETag = $"\"{AaKey}\"";
            return LiveKit.Json(ctx, echoed);
        });
        var config = LiveConfig.Of(new Dictionary<string, string> { ["AA_API_KEY"] = AaKey });

        var result = LiveKit.Run(_store, LiveKit.Options("artificial-analysis", origin.BaseUrl), "artificial-analysis", config);

        Assert.Equal(SourceRunStatus.Updated, result.Status);
        var entry = Assert.Single(_store.Archive());
        var body = Encoding.UTF8.GetString(_store.ArchiveBody(entry.Id));
        Assert.DoesNotContain(AaKey, body, StringComparison.Ordinal);
        Assert.Contains("GPT-5 ***", body, StringComparison.Ordinal);
        Assert.DoesNotContain(AaKey, entry.ETag ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(AaKey, entry.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(_store.Models(), m => m.Name.Contains(AaKey, StringComparison.Ordinal));
    }

    [Fact]
    public void Redacting_a_body_without_keys_returns_it_unchanged()
    {
        var config = LiveConfig.Of(new Dictionary<string, string> { ["AA_API_KEY"] = AaKey });
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");

        Assert.Same(body, config.RedactBody(body));
        Assert.Equal("x *** y", Encoding.UTF8.GetString(config.RedactBody(Encoding.UTF8.GetBytes($"x {AaKey} y"))));
    }

    public void Dispose() => _store.Dispose();
}
