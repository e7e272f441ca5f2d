using System.Text.Json;

namespace AiRace.Web.Tests;

public sealed class StoreReloadTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task A_newer_store_published_over_the_file_is_served_without_a_restart()
    {
        Assert.DoesNotContain("extra", await MetricIds());
        var staged = dashboard.Directory.File("staged.duckdb");
        TestStore.Write(staged, withExtraMetric: true);

        // As `airace update` publishes: a rename over the store file.
        File.Move(staged, dashboard.StorePath, overwrite: true);
        await Task.Delay(Store.DashboardStore.CheckEvery * 2);

        Assert.Contains("extra", await MetricIds());
    }

    private async Task<List<string?>> MetricIds()
    {
        using var doc = JsonDocument.Parse(await dashboard.Client.GetStringAsync("/metrics.json"));
        return [.. doc.RootElement.EnumerateArray().Select(m => m.GetProperty("id").GetString())];
    }
}
