using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AiRace.Cli;
using AiRace.Testing;

namespace AiRace.Web.Tests;

public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void The_help_shows_the_options_and_an_example()
    {
        var (code, output, _) = Cli("serve", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--host", output, StringComparison.Ordinal);
        Assert.Contains("--port", output, StringComparison.Ordinal);
        Assert.Contains("airace serve --port 5080", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_store_is_a_usage_error_saying_what_to_run()
    {
        var (code, _, err) = Cli("serve", "--db", _dir.File("missing.duckdb"));

        Assert.Equal(1, code);
        Assert.Contains("airace import", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "--port 70000 is not a port")]
    [InlineData("--host", "example.org", "--host 'example.org' is not an IP address")]
    public void A_bad_address_is_a_usage_error_naming_it(string option, string value, string message)
    {
        var db = _dir.File("s.duckdb");
        TestStore.Write(db);

        var (code, _, err) = Cli("serve", "--db", db, option, value);

        Assert.Equal(1, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Airace_serve_on_every_interface_warns_then_answers()
    {
        var db = _dir.File("s.duckdb");
        TestStore.Write(db);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "airace.dll"), "serve", "--db", db, "--host", "0.0.0.0", "--port", "0" })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        try
        {
            var warning = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var serving = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.StartsWith("warning: listening on 0.0.0.0", warning, StringComparison.Ordinal);
            var port = Port().Match(serving ?? string.Empty);
            Assert.True(port.Success, serving);
            using var http = new HttpClient();
            using var response = await http.GetAsync($"http://127.0.0.1:{port.Groups[1].Value}/index.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => _dir.Dispose();

    private static (int Code, string Output, string Err) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = AiRaceApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"http://[^ ,]+:(\d+)")]
    private static partial Regex Port();
}
