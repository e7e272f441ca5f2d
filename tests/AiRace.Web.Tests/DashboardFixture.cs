using AiRace.Testing;
using Microsoft.AspNetCore.Builder;

namespace AiRace.Web.Tests;

/// <summary>The dashboard over a fresh <see cref="TestStore"/>, on a real Kestrel at 127.0.0.1 and a free port; one per test class.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private WebApplication? _app;

    public string StorePath => _dir.File("store.duckdb");

    public TempDirectory Directory => _dir;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        TestStore.Write(StorePath);
        _app = DashboardHost.Build(new DashboardOptions(StorePath, Port: 0) { RequestsPerWindow = 100_000 });
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }
}
