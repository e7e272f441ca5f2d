using AiRace.Core.Domain;

namespace AiRace.Store.Tests;

/// <summary>
/// Given a file import (no retrieval time) with observations on 2025-01-10 and 2025-02-10, and two live imports of the same
/// source retrieved on 2025-03-01 and 2025-04-01 that both give model "x" a value dated 2025-02-28 (the second one restates it),
/// as-of queries see only what was known on each date.
/// </summary>
public sealed class AsOfTests : IDisposable
{
    private readonly AiRaceStore _store = AiRaceStore.Open(":memory:");

    public AsOfTests()
    {
        var file = Batch("file-kind", ("f", new DateOnly(2025, 1, 10), 1), ("f", new DateOnly(2025, 2, 10), 2));
        _store.Import(file, new ImportSource("file.csv", "/tmp/file.csv", "sha-file", 1));
        Live(new DateTimeOffset(2025, 3, 1, 23, 30, 0, TimeSpan.Zero), "sha-live-1", ("x", new DateOnly(2025, 2, 28), 10));
        Live(new DateTimeOffset(2025, 4, 1, 0, 0, 1, TimeSpan.Zero), "sha-live-2", ("x", new DateOnly(2025, 2, 28), 11), ("y", new DateOnly(2025, 3, 31), 5));
    }

    private static ImportBatch Batch(string kind, params (string Model, DateOnly Date, double Score)[] rows)
    {
        var batch = new ImportBatch(kind, "attribution");
        batch.Metrics.Add(new Metric("m", "M", MetricKind.Snapshot, true, "pt", "test"));
        foreach (var (model, date, score) in rows)
        {
            batch.Models.Add(new ModelRecord(model, model.ToUpperInvariant(), null, null, Openness.Unknown, null));
            batch.Observations.Add(new Observation("m", model, date, score));
        }

        return batch;
    }

    private void Live(DateTimeOffset at, string sha, params (string Model, DateOnly Date, double Score)[] rows)
    {
        using var live = _store.BeginLiveImport("live-kind", "live", at);
        live.Add(Batch("live-kind", rows));
        live.Commit("http://x", "attribution", sha, 1);
    }

    [Theory]
    [InlineData("2025-01-09", "")]
    [InlineData("2025-01-10", "f@2025-01-10=1")]
    [InlineData("2025-02-28", "f@2025-01-10=1 f@2025-02-10=2")]
    [InlineData("2025-03-01", "f@2025-01-10=1 f@2025-02-10=2 x@2025-02-28=10")]
    [InlineData("2025-03-31", "f@2025-01-10=1 f@2025-02-10=2 x@2025-02-28=10")]
    [InlineData("2025-04-01", "f@2025-01-10=1 f@2025-02-10=2 x@2025-02-28=11 y@2025-03-31=5")]
    public void Observations_as_of_a_date_use_only_what_was_retrieved_by_then(string asOf, string expected)
    {
        var seen = _store.Observations("m", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))
            .Select(o => $"{o.ModelKey}@{o.Date:yyyy-MM-dd}={o.Score}");
        Assert.Equal(expected, string.Join(' ', seen));
    }

    [Fact]
    public void Without_a_date_the_restated_figure_replaces_the_earlier_one()
    {
        var x = _store.Observations("m").Where(o => o.ModelKey == "x").ToList();
        Assert.Equal(11, Assert.Single(x).Score);
    }

    [Fact]
    public void Models_as_of_a_date_leave_out_live_imports_retrieved_later()
    {
        Assert.Equal(["f"], _store.Models(new DateOnly(2025, 2, 1)).Select(m => m.Key));
        Assert.Equal(["f", "x"], _store.Models(new DateOnly(2025, 3, 1)).Select(m => m.Key));
        Assert.Equal(["f", "x", "y"], _store.Models(null).Select(m => m.Key));
    }

    [Fact]
    public void Metrics_as_of_a_date_count_only_visible_observations_and_hide_empty_metrics()
    {
        var march = Assert.Single(_store.Metrics(new DateOnly(2025, 3, 1)));
        Assert.Equal((3L, 2L, new DateOnly(2025, 2, 28)), (march.Observations, march.Models, march.LastDate!.Value));
        Assert.Empty(_store.Metrics(new DateOnly(2024, 12, 31)));
        Assert.Equal(4, Assert.Single(_store.Metrics()).Observations);
    }

    public void Dispose() => _store.Dispose();
}
