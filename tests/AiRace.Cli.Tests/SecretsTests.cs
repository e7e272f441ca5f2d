using System.Runtime.Versioning;
using System.Text;
using AiRace.Store;
using AiRace.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AiRace.Cli.Tests;

/// <summary>
/// API keys reach the servers that need them and nowhere else: not stdout, not stderr (even with --debug and a failure),
/// not the archive (URLs, validators, bodies), not the store file. One server even echoes the key in its status line.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class SecretsTests : IDisposable
{
    private const string HfToken = "hf_FAKEtoken0123456789";
    private const string OpenRouterKey = "sk-or-v1-FAKEkey0123456789";
    private const string AaKey = "aa_FAKEkey0123456789";
    private static readonly string[] Keys = [HfToken, OpenRouterKey, AaKey];
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    [Fact]
    public void Keys_never_appear_in_outputs_messages_debug_lines_the_archive_or_the_store_file()
    {
        var config = _dir.File("config.json");
        File.WriteAllText(config, $$"""{"HF_TOKEN":"{{HfToken}}","OPENROUTER_API_KEY":"{{OpenRouterKey}}","AA_API_KEY":"{{AaKey}}"}""");
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var hub = LoopbackServer.Start(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            ctx.Response.Headers.ETag = "\"v1\"";
            await ctx.Response.WriteAsync(HubJson.Page(HubJson.Range("lab-a", 0, 3)));
        });
        using var rankings = LoopbackServer.Start(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""
                {"data":[{"date":"2026-05-11","model_permaslug":"openai/gpt-4o","total_tokens":"5"}],"meta":{"as_of":"2026-05-12T02:00:00Z","start_date":"2026-05-11","end_date":"2026-05-11","version":"v1"}}
                """);
        });
        using var aa = LoopbackServer.Start(ctx =>
        {
            // A hostile server: refuses the key and repeats it in the status line.
            ctx.Response.StatusCode = 503;
            ctx.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Bad key " + ctx.Request.Headers["x-api-key"];
            return Task.CompletedTask;
        });

        var outputs = new StringBuilder();
        foreach (var format in new[] { "table", "json" })
        {
            var (code, output, err) = CliRunner.Run(
                "update", "--db", Db, "--config", config, "--debug", "--format", format, "--retries", "1", "--retry-delay", "0",
                "--source", "huggingface", "--source", "openrouter-rankings", "--source", "artificial-analysis",
                "--hf-author", "lab-a", "--hf-derivatives", "0",
                "--base-url", $"huggingface={hub.BaseUrl}", "--base-url", $"openrouter-rankings={rankings.BaseUrl}",
                "--base-url", $"artificial-analysis={aa.BaseUrl}");
            Assert.Equal(3, code);
            outputs.Append(output).Append(err);
        }

        Assert.Equal("Bearer " + HfToken, hub.Requests.First().Headers["Authorization"]);
        Assert.Equal("Bearer " + OpenRouterKey, rankings.Requests.First().Headers["Authorization"]);
        Assert.Equal(AaKey, aa.Requests.First().Headers["x-api-key"]);
        var all = outputs.ToString();
        Assert.Contains("answered 503 Bad key ***", all, StringComparison.Ordinal);
        Assert.Contains("debug: artificial-analysis: retry 1", all, StringComparison.Ordinal);

        using (var store = AiRaceStore.Open(Db))
        {
            var archive = store.Archive();
            Assert.Equal(2, archive.Count);
            foreach (var a in archive)
            {
                all += a.Url + a.ETag + a.LastModified + a.NextUrl + Encoding.UTF8.GetString(store.ArchiveBody(a.Id));
            }

            all += string.Join('\n', store.Imports().Select(i => i.Path + i.FileName + i.Attribution));
        }

        var file = Encoding.Latin1.GetString(File.ReadAllBytes(Db));
        foreach (var key in Keys)
        {
            Assert.DoesNotContain(key, all, StringComparison.Ordinal);
            Assert.DoesNotContain(key, file, StringComparison.Ordinal);
            Assert.DoesNotContain(key[..12], all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_config_file_others_may_read_stops_the_update_with_the_chmod_to_run()
    {
        var config = _dir.File("config.json");
        File.WriteAllText(config, $$"""{"HF_TOKEN":"{{HfToken}}"}""");
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (code, output, err) = CliRunner.Run("update", "--db", Db, "--config", config, "--source", "huggingface");

        Assert.Equal(1, code);
        Assert.Contains($"chmod 600 '{config}'", err, StringComparison.Ordinal);
        Assert.DoesNotContain(HfToken, output + err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
