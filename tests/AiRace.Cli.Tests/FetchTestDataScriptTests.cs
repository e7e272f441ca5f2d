using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using AiRace.Testing;
using Microsoft.AspNetCore.Http;

namespace AiRace.Cli.Tests;

/// <summary>
/// <c>scripts/fetch-test-data</c> against a real HTTP server on 127.0.0.1 that serves the test data at raw-content
/// permalinks (<c>/REPOSITORY/COMMIT/PATH</c>, as tests/test-data.tsv lists them).
/// </summary>
public sealed class FetchTestDataScriptTests : IDisposable
{
    private static readonly string[] Picked =
    [
        "lmarena-history-jasontrigg0/key_to_model.csv",
        "epoch-china-ai-trends/All ML Systems - full view.csv",
        "openrouter-weekly-johnbean393/2026-03-09.json",
    ];

    private readonly TempDirectory _dir = new();

    [RealDataFact]
    public void Writes_a_manifest_in_the_shared_data_format_so_undated_files_get_their_commit_date()
    {
        using var server = RawContentServer();

        var (code, output) = Fetch(server, WriteList(Picked.Select(Row)));

        Assert.True(code == 0, output);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "manifest.json")));
        var entries = manifest.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("dest").GetString()!);
        Assert.Equal(Picked.Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
        var full = entries["epoch-china-ai-trends/All ML Systems - full view.csv"];
        Assert.Equal("epoch-research/china-ai-trends", full.GetProperty("repo").GetString());
        Assert.Equal("data/All ML Systems - full view.csv", full.GetProperty("path").GetString());
        Assert.Equal(SharedData.ListedFiles[full.GetProperty("dest").GetString()!], full.GetProperty("sha256").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T", full.GetProperty("commit_date").GetString());
    }

    [RealDataFact]
    public void Fetches_each_listed_file_checks_its_sha256_and_keeps_it_on_a_second_run()
    {
        using var server = RawContentServer();
        var list = WriteList(Picked.Select(Row));

        var (code, output) = Fetch(server, list);

        Assert.True(code == 0, output);
        Assert.Contains("3 fetched", output, StringComparison.Ordinal);
        foreach (var file in Picked)
        {
            Assert.Contains($"fetched {file} (", output, StringComparison.Ordinal);
            Assert.Equal(SharedData.ListedFiles[file], Sha256(Path.Combine(Out, file)));
        }

        var (again, secondOutput) = Fetch(server, list);
        Assert.True(again == 0, secondOutput);
        Assert.Contains("0 fetched (0 bytes), 3 already there, 0 failed", secondOutput, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_download_whose_sha256_differs_from_the_list_is_refused_and_not_written()
    {
        using var server = RawContentServer();
        var wrong = new string('0', 64);
        var rows = Picked.Select(Row).ToList();
        var cells = rows[0].Split('\t');
        cells[3] = wrong;
        rows[0] = string.Join('\t', cells);

        var (code, output) = Fetch(server, WriteList(rows));

        Assert.Equal(1, code);
        Assert.Contains($"refused {Picked[0]} from {server.BaseUrl}/", output, StringComparison.Ordinal);
        Assert.Contains($"the list says {wrong}", output, StringComparison.Ordinal);
        Assert.Contains("2 fetched", output, StringComparison.Ordinal);
        Assert.Contains("1 failed", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, Picked[0])));
        Assert.Empty(Directory.EnumerateFiles(Out, ".fetch.*"));
    }

    [RealDataFact]
    public void A_file_the_server_does_not_have_fails_the_run_naming_its_url()
    {
        using var server = RawContentServer();
        var list = WriteList([Row(Picked[0]), "someone/nothing\tno/such.csv\t0123456789abcdef0123456789abcdef01234567\t" + new string('1', 64) + "\tnothing/such.csv"]);

        var (code, output) = Fetch(server, list);

        Assert.Equal(1, code);
        Assert.Contains($"cannot download {server.BaseUrl}/someone/nothing/0123456789abcdef0123456789abcdef01234567/no/such.csv", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, Picked[0])));
    }

    public void Dispose() => _dir.Dispose();

    private string Out => _dir.File("data");

    private static string Row(string dest) =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "test-data.tsv")).Single(l => l.Split('\t') is { Length: > 4 } c && c[4] == dest);

    private string WriteList(IEnumerable<string> rows)
    {
        var path = _dir.File("list.tsv");
        File.WriteAllLines(path, ["# test list", .. rows]);
        return path;
    }

    /// <summary>Serves every listed file of the test data at <c>/REPOSITORY/COMMIT/PATH</c>; 404 for anything else.</summary>
    private static LoopbackServer RawContentServer()
    {
        var byUrl = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "test-data.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => $"/{c[0]}/{c[2]}/{c[1]}", c => c[4], StringComparer.Ordinal);
        return LoopbackServer.Start(async ctx =>
        {
            if (byUrl.TryGetValue(ctx.Request.Path.Value ?? string.Empty, out var dest))
            {
                await ctx.Response.SendFileAsync(SharedData.File(dest));
                return;
            }

            ctx.Response.StatusCode = StatusCodes.Status404NotFound;
        });
    }

    private (int Code, string Output) Fetch(LoopbackServer server, string list)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "fetch-test-data"));
        info.ArgumentList.Add(Out);
        info.Environment["AIRACE_TEST_DATA_BASE_URL"] = server.BaseUrl;
        info.Environment["AIRACE_TEST_DATA_LIST"] = list;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("scripts/fetch-test-data did not finish within 60 s.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
