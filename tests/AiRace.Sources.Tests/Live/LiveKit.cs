using System.Security.Cryptography;
using System.Text.Json;
using AiRace.Sources.Live;
using AiRace.Store;
using Microsoft.AspNetCore.Http;

namespace AiRace.Sources.Tests.Live;

/// <summary>Options, runs and store fingerprints shared by the live-source tests.</summary>
internal static class LiveKit
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Fast retries, no rate limits, a fixed clock, one Hub namespace, no derivative listings.</summary>
    public static LiveOptions Options(string source, string baseUrl, int retries = 2) => new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(30),
        Deadline = TimeSpan.FromSeconds(60),
        MaxRetries = retries,
        RetryDelay = TimeSpan.FromMilliseconds(5),
        RateLimits = false,
        BaseUrls = new Dictionary<string, string> { [source] = baseUrl },
        HubNamespaces = ["lab-a"],
        HubDerivativeModels = 0,
        Clock = () => Now,
    };

    public static SourceRunResult Run(AiRaceStore store, LiveOptions options, string source, LiveConfig? config = null) =>
        Assert.Single(new LiveUpdater(store, options, config ?? LiveConfig.Of()).RunAsync([source], CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>Everything a failed update must leave as it was: table counts, a checksum of the metrics JSON, the archive and the Hub rows.</summary>
    public static string Fingerprint(AiRaceStore store)
    {
        var metrics = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(store.Metrics())));
        return $"{store.Counts()} metrics:{metrics} archive:{store.Archive().Count} hub:{store.HubModels().Count} imports:{string.Join(',', store.Imports().Select(i => i.Id))}";
    }

    public static async Task Json(HttpContext ctx, string body, int status = 200)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        await ctx.Response.WriteAsync(body);
    }

    /// <summary>A Link header pointing at <paramref name="cursor"/> of the same listing.</summary>
    public static void NextPage(HttpContext ctx, int cursor) =>
        ctx.Response.Headers["Link"] = $"<{ctx.Request.Scheme}://{ctx.Request.Host}{ctx.Request.Path}{QueryWithCursor(ctx, cursor)}>; rel=\"next\"";

    public static int Cursor(HttpContext ctx) => int.TryParse(ctx.Request.Query["cursor"], out var c) ? c : 0;

    private static string QueryWithCursor(HttpContext ctx, int cursor)
    {
        var parts = ctx.Request.QueryString.Value!.TrimStart('?').Split('&').Where(p => !p.StartsWith("cursor=", StringComparison.Ordinal));
        return "?" + string.Join('&', parts.Append($"cursor={cursor}"));
    }
}
