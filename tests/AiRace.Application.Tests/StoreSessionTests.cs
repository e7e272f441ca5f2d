using AiRace.Application.Catalog;
using AiRace.Core.Domain;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Application.Tests;

public sealed class StoreSessionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void A_read_only_session_reads_a_store_file_and_applies_the_attribution_overrides()
    {
        var path = _dir.File("s.duckdb");
        using (var store = AiRaceStore.Open(path))
        {
            var batch = new ImportBatch("test", "hand-written test data");
            batch.Metrics.Add(new Metric("m", "M", MetricKind.Snapshot, true, "pt", "a test metric"));
            batch.Models.Add(new ModelRecord("x", "X", "Some Lab", null, Openness.Open, null));
            batch.Observations.Add(new Observation("m", "x", new DateOnly(2025, 1, 1), 1));
            store.Import(batch, new ImportSource("s.csv", "/test/s.csv", "abc", 1));
        }

        var overrides = _dir.File("countries.csv");
        File.WriteAllLines(overrides, ["organization,country", "Some Lab,FR"]);
        using var session = StoreSession.OpenReadOnly(path, overrides);

        Assert.Equal(["m"], new MetricsQuery().Run(session).Select(m => m.Id));
        Assert.Equal("FR", Assert.Single(new ModelsQuery().Run(session)).Country);
    }

    public void Dispose() => _dir.Dispose();
}
