using AiRace.Cli;
using AiRace.Testing;
using Microsoft.AspNetCore.Builder;

namespace AiRace.Web.Tests;

/// <summary>The dashboard over a store holding every file of the real test data (imported by <c>airace import</c>, in-process); one per test class.</summary>
public sealed class RealStoreDashboardFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The imported store the dashboard reads.</summary>
    public string Db => _dir.File("full.duckdb");

    public async Task InitializeAsync()
    {
        if (TestRequirements.DataSkipReason is not null)
        {
            return; // every test of the class is skipped, saying why
        }

        var db = Db;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = AiRaceApp.Run(["import", RepoPaths.SharedData, "--db", db], stdout, stderr);
        Assert.True(code == 0, $"airace import failed with exit {code}: {stderr}");
        _app = DashboardHost.Build(new DashboardOptions(db, Port: 0) { RequestsPerWindow = 100_000 });
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()), Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }
}
