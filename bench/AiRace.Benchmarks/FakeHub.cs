using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiRace.Benchmarks;

/// <summary>
/// A fake Hugging Face Hub on 127.0.0.1: <c>GET /api/models?author=X</c> lists <see cref="ModelsPerAuthor"/> generated repositories
/// per namespace, most downloaded first, in pages linked by <c>Link: &lt;…&amp;cursor=N&gt;; rel="next"</c>; derivative filters
/// (<c>filter=base_model:&lt;relation&gt;:&lt;id&gt;</c>) list two derivatives. Pages are written on the fly (nothing is held in
/// memory), carry an ETag and answer 304 to a matching If-None-Match.
/// </summary>
internal sealed class FakeHub : IAsyncDisposable
{
    private static readonly string[] Tags = ["transformers", "safetensors", "text-generation", "conversational", "license:apache-2.0", "en", "region:us", "endpoints_compatible"];
    private readonly WebApplication _app;

    private FakeHub(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Cancelled when the host stops (Ctrl-C or SIGTERM).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public required int ModelsPerAuthor { get; init; }

    public required int PageSize { get; init; }

    /// <summary>1-based page of every listing that answers 500, or 0 for none.</summary>
    public int FailPage { get; init; }

    public bool ETags { get; init; } = true;

    public long Requests;

    public static FakeHub Start(int port, int modelsPerAuthor, int pageSize, int failPage = 0, bool etags = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        FakeHub? hub = null;
        app.Run(ctx => hub!.Serve(ctx));
        app.StartAsync().GetAwaiter().GetResult();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        hub = new FakeHub(app, url) { ModelsPerAuthor = modelsPerAuthor, PageSize = pageSize, FailPage = failPage, ETags = etags };
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Serve(HttpContext ctx)
    {
        Interlocked.Increment(ref Requests);
        if (ctx.Request.Path != "/api/models")
        {
            ctx.Response.StatusCode = 404;
            return;
        }

        var filter = ctx.Request.Query["filter"].ToString();
        var author = ctx.Request.Query["author"].ToString();
        var cursor = int.TryParse(ctx.Request.Query["cursor"], out var c) ? c : 0;
        var derivatives = filter.StartsWith("base_model:", StringComparison.Ordinal);
        var total = derivatives ? 2 : ModelsPerAuthor;
        var end = Math.Min(cursor + PageSize, total);
        if (FailPage > 0 && cursor / PageSize + 1 == FailPage)
        {
            ctx.Response.StatusCode = 500;
            return;
        }

        var etag = $"\"{(derivatives ? filter : author)}-{cursor}-{end}-{total}\"";
        if (ETags && ctx.Request.Headers.IfNoneMatch == etag)
        {
            ctx.Response.StatusCode = 304;
            return;
        }

        if (ETags)
        {
            ctx.Response.Headers.ETag = etag;
        }

        if (end < total)
        {
            var query = string.Join('&', ctx.Request.QueryString.Value!.TrimStart('?').Split('&').Where(p => !p.StartsWith("cursor=", StringComparison.Ordinal)));
            ctx.Response.Headers["Link"] = $"<http://{ctx.Request.Host}/api/models?{query}&cursor={end}>; rel=\"next\"";
        }

        ctx.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(ctx.Response.Body);
        json.WriteStartArray();
        for (var i = cursor; i < end; i++)
        {
            if (derivatives)
            {
                var parts = filter.Split(':', 3);
                Model(json, $"fan-{i}/{parts[2].Replace('/', '-')}-{parts[1]}", 1_000 - i, $"base_model:{parts[1]}:{parts[2]}");
            }
            else
            {
                Model(json, $"{author}/model-{i:D6}", 10_000_000 - i, null);
            }

            if (json.BytesPending > 16_384)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        await json.FlushAsync();
    }

    private static void Model(Utf8JsonWriter json, string id, long downloads, string? lineage)
    {
        json.WriteStartObject();
        json.WriteString("_id", id.GetHashCode(StringComparison.Ordinal).ToString("x8", CultureInfo.InvariantCulture) + "0123456789abcdef");
        json.WriteString("id", id);
        json.WriteString("author", id[..id.IndexOf('/', StringComparison.Ordinal)]);
        json.WriteNumber("downloads", downloads);
        json.WriteNumber("downloadsAllTime", downloads * 12);
        json.WriteNumber("likes", downloads / 1000);
        json.WriteString("createdAt", "2025-04-28T12:34:56.000Z");
        json.WriteString("pipeline_tag", "text-generation");
        json.WriteString("library_name", "transformers");
        json.WriteStartArray("tags");
        foreach (var t in Tags)
        {
            json.WriteStringValue(t);
        }

        if (lineage is not null)
        {
            json.WriteStringValue(lineage);
        }

        json.WriteEndArray();
        json.WriteStartObject("cardData");
        json.WriteString("license", "apache-2.0");
        json.WriteStartArray("language");
        json.WriteStringValue("en");
        json.WriteStringValue("zh");
        json.WriteEndArray();
        json.WriteString("pipeline_tag", "text-generation");
        json.WriteEndObject();
        json.WriteStartObject("safetensors");
        json.WriteStartObject("parameters");
        json.WriteNumber("BF16", 7_615_616_512);
        json.WriteEndObject();
        json.WriteNumber("total", 7_615_616_512);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
