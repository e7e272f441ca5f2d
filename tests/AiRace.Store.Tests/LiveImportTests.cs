using System.Security.Cryptography;
using System.Text;
using AiRace.Core.Domain;

namespace AiRace.Store.Tests;

public sealed class LiveImportTests
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static ImportBatch Page(string model, double score)
    {
        var batch = new ImportBatch("live-test", "test attribution");
        batch.Metrics.Add(new Metric("m", "M", MetricKind.Snapshot, true, "pt", "test metric"));
        batch.Models.Add(new ModelRecord(model, model, "Lab", null, Openness.Open, null));
        batch.Observations.Add(new Observation("m", model, new DateOnly(2025, 3, 10), score));
        batch.HubModels = [new HubModelRecord(
            new DateOnly(2025, 3, 10), "lab/" + model, "lab", 10, 100, 3, Noon, "text-generation", "transformers", "mit",
            "lab/base", "finetune", 7_000_000_000, "a|b:c")];
        return batch;
    }

    private static ArchiveEntry Entry(string url, string body, string? etag = null) =>
        new("test", url, Noon, 200, "application/json", etag, null, null,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))), Encoding.UTF8.GetByteCount(body), Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Committed_pages_are_visible_with_their_archive_and_hub_rows()
    {
        using var store = AiRaceStore.Open(":memory:");
        long importId;
        using (var live = store.BeginLiveImport("live-test", "test", Noon))
        {
            importId = live.ImportId;
            live.Archive(Entry("http://x/a?page=1", "[1,2,3]", "\"v1\""));
            live.Add(Page("a", 1));
            live.Archive(Entry("http://x/a?page=2", "[4]"));
            live.Add(Page("b", 2));
            var outcome = live.Commit("http://x/a", "attr", "sha-1", 10);
            Assert.False(outcome.AlreadyImported);
            Assert.Equal(6, outcome.Rows);
        }

        Assert.Equal(new StoreCounts(1, 2, 0, 2, 1), store.Counts());
        var archive = store.Archive(importId);
        Assert.Equal([0, 1], archive.Select(a => a.Seq));
        Assert.Equal("[1,2,3]", Encoding.UTF8.GetString(store.ArchiveBody(archive[0].Id)));
        Assert.Equal("\"v1\"", store.Validators("http://x/a?page=1")!.ETag);
        Assert.Null(store.Validators("http://x/a?page=2"));
        var hub = store.HubModels();
        Assert.Equal(2, hub.Count);
        Assert.Equal("a|b:c", hub[0].Tags);
        Assert.Equal(7_000_000_000, hub[0].Parameters);
        Assert.Equal(Noon, hub[0].CreatedAt);
        Assert.Equal(Noon, Assert.Single(store.Imports()).RetrievedAt);
    }

    [Fact]
    public void Disposing_without_commit_leaves_the_store_exactly_as_it_was()
    {
        using var store = AiRaceStore.Open(":memory:");
        using (var first = store.BeginLiveImport("live-test", "test", Noon))
        {
            first.Archive(Entry("http://x/1", "[1]"));
            first.Add(Page("a", 1));
            first.Commit("http://x", "attr", "sha-1", 3);
        }

        var counts = store.Counts();
        var archived = store.Archive().Count;
        var hub = store.HubModels().Count;

        using (var failing = store.BeginLiveImport("live-test", "test", Noon.AddDays(1)))
        {
            for (var page = 0; page < 7; page++)
            {
                failing.Archive(Entry($"http://x/{page}", $"[{page}]"));
                failing.Add(Page("p" + page, page));
            }
        }

        Assert.Equal(counts, store.Counts());
        Assert.Equal(archived, store.Archive().Count);
        Assert.Equal(hub, store.HubModels().Count);
    }

    [Fact]
    public void The_same_content_a_second_time_is_rolled_back_as_already_imported()
    {
        using var store = AiRaceStore.Open(":memory:");
        using (var first = store.BeginLiveImport("live-test", "test", Noon))
        {
            first.Add(Page("a", 1));
            first.Commit("http://x", "attr", "same", 3);
        }

        var counts = store.Counts();
        using var second = store.BeginLiveImport("live-test", "test", Noon.AddDays(1));
        second.Archive(Entry("http://x/1", "[1]"));
        second.Add(Page("a", 1));
        var outcome = second.Commit("http://x", "attr", "same", 3);

        Assert.True(outcome.AlreadyImported);
        Assert.Equal(counts, store.Counts());
        Assert.Empty(store.Archive());
    }

    [Fact]
    public void A_304_row_reads_the_body_it_confirmed()
    {
        using var store = AiRaceStore.Open(":memory:");
        long original;
        using (var first = store.BeginLiveImport("live-test", "test", Noon))
        {
            original = first.Archive(Entry("http://x/1", "[\"body\"]", "\"e\""));
            var reused = first.Archive(new ArchiveEntry("test", "http://x/1", Noon, 304, null, "\"e\"", null, null, "sha", 8, null, original));
            first.Commit("http://x", "attr", "sha-2", 8);
            Assert.Equal("[\"body\"]", Encoding.UTF8.GetString(store.ArchiveBody(reused)));
        }

        var rows = store.Archive();
        Assert.Equal(0, rows[1].StoredBytes);
        Assert.Equal(original, rows[1].ReusedFrom);
    }
}
