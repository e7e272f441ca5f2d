using AiRace.Core.Domain;
using AiRace.Testing;

namespace AiRace.Store.Tests;

public sealed class DerivedResultsTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private readonly TempDirectory _dir = new();

    private static ImportBatch Batch(string model, double score)
    {
        var batch = new ImportBatch("test", "test attribution");
        batch.Metrics.Add(new Metric("m", "M", MetricKind.Snapshot, true, "pt", "test metric"));
        batch.Models.Add(new ModelRecord(model, model, "OpenAI", null, Openness.Closed, null));
        batch.Observations.Add(new Observation("m", model, Day, score));
        return batch;
    }

    private static void Import(AiRaceStore store, string model, double score) =>
        store.Import(Batch(model, score), new ImportSource(model + ".csv", "/x/" + model + ".csv", model, 1));

    [Fact]
    public void A_result_is_found_under_its_kind_key_as_of_content_and_format_only()
    {
        using var store = AiRaceStore.Open(":memory:");
        var content = store.ContentKey();
        store.PutDerivedResult("trend", "q", null, content, "f1", "{\"a\":1}");
        store.PutDerivedResult("trend", "q", Day, content, "f1", "{\"a\":2}");

        Assert.Equal("{\"a\":1}", store.DerivedResult("trend", "q", null, content, "f1"));
        Assert.Equal("{\"a\":2}", store.DerivedResult("trend", "q", Day, content, "f1"));
        Assert.Null(store.DerivedResult("gap", "q", null, content, "f1"));
        Assert.Null(store.DerivedResult("trend", "other", null, content, "f1"));
        Assert.Null(store.DerivedResult("trend", "q", Day.AddDays(1), content, "f1"));
        Assert.Null(store.DerivedResult("trend", "q", null, "another-content", "f1"));
        Assert.Null(store.DerivedResult("trend", "q", null, content, "f2"));
    }

    [Fact]
    public void Putting_the_same_result_again_replaces_it()
    {
        using var store = AiRaceStore.Open(":memory:");
        var content = store.ContentKey();
        store.PutDerivedResult("gap", "q", null, content, "f", "old");
        store.PutDerivedResult("gap", "q", null, content, "f", "new");

        Assert.Equal("new", store.DerivedResult("gap", "q", null, content, "f"));
        Assert.Equal(1, store.DerivedResultCount());
    }

    [Fact]
    public void Every_import_changes_the_content_key()
    {
        using var store = AiRaceStore.Open(":memory:");
        var empty = store.ContentKey();
        Import(store, "a", 1);
        var one = store.ContentKey();
        Import(store, "b", 2);

        Assert.NotEqual(empty, one);
        Assert.NotEqual(one, store.ContentKey());
        Assert.Equal(store.ContentKey(), store.ContentKey());
    }

    [Fact]
    public void A_writer_renews_the_content_key_and_drops_the_cache_when_it_publishes_while_a_cache_writer_keeps_both()
    {
        var path = _dir.File("s.duckdb");
        string content;
        using (var writer = StoreWriter.Begin(path))
        {
            Import(writer.Store, "a", 1);
            writer.Publish();
        }

        using (var published = AiRaceStore.OpenReadOnly(path))
        {
            content = published.ContentKey();
        }

        using (var cacheWriter = StoreWriter.TryBeginCacheWrite(path))
        {
            Assert.NotNull(cacheWriter);
            Assert.Equal(content, cacheWriter.Store.ContentKey());
            cacheWriter.Store.PutDerivedResult("trend", "q", null, content, "f", "y");
            cacheWriter.Publish();
        }

        using (var read = AiRaceStore.OpenReadOnly(path))
        {
            Assert.Equal(content, read.ContentKey());
            Assert.Equal("y", read.DerivedResult("trend", "q", null, content, "f"));
        }

        using (var writer = StoreWriter.Begin(path))
        {
            Assert.Equal(content, writer.Store.ContentKey());
            writer.Publish();
        }

        using var after = AiRaceStore.OpenReadOnly(path);
        Assert.NotEqual(content, after.ContentKey());
        Assert.Equal(0, after.DerivedResultCount());
    }

    [Fact]
    public void What_a_writer_caches_before_publishing_is_kept_under_the_new_content_key()
    {
        var path = _dir.File("warm.duckdb");
        string content = string.Empty;
        using (var writer = StoreWriter.Begin(path))
        {
            Import(writer.Store, "a", 1);
            writer.Publish(() =>
            {
                content = writer.Store.ContentKey();
                writer.Store.PutDerivedResult("trend", "q", null, content, "f", "warm");
            });
        }

        using var read = AiRaceStore.OpenReadOnly(path);
        Assert.Equal(content, read.ContentKey());
        Assert.Equal("warm", read.DerivedResult("trend", "q", null, content, "f"));
    }

    [Fact]
    public void A_cache_writer_does_not_start_while_another_writer_holds_the_lock()
    {
        var path = _dir.File("busy.duckdb");
        using (var first = StoreWriter.Begin(path))
        {
            first.Publish();
        }

        using var holder = StoreWriter.Begin(path);
        Assert.Null(StoreWriter.TryBeginCacheWrite(path));
        Assert.Null(StoreWriter.TryBeginCacheWrite(_dir.File("missing.duckdb")));
        Assert.Null(StoreWriter.TryBeginCacheWrite(":memory:"));
    }

    [Fact]
    public void An_older_read_only_store_that_cannot_migrate_is_read_with_every_lookup_a_miss()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // A read-only store is a Unix file mode (StoreWriter refuses one by its mode bits).
        }

        var path = _dir.File("old.duckdb");
        using (var old = AiRaceStore.Open(path, version: 6))
        {
            Import(old, "a", 1);
            old.Checkpoint();
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        try
        {
            using var store = AiRaceStore.OpenReadOnly(path);
            Assert.Equal(6, store.SchemaVersion);
            Assert.False(store.HasDerivedResults);
            Assert.Null(store.DerivedResult("trend", "q", null, store.ContentKey(), "f"));
            Assert.Equal(0, store.DerivedResultCount());
            Assert.Equal(1, store.Counts().Observations);
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void An_older_writable_store_is_migrated_by_a_read_only_open_and_gets_the_cache_table()
    {
        var path = _dir.File("old-writable.duckdb");
        using (var old = AiRaceStore.Open(path, version: 6))
        {
            Import(old, "a", 1);
            old.Checkpoint();
        }

        using var store = AiRaceStore.OpenReadOnly(path);
        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        Assert.True(store.HasDerivedResults);
        Assert.True(store.IsReadOnly);
    }

    public void Dispose() => _dir.Dispose();
}
