using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Testing;

namespace AiRace.Store.Tests;

public sealed class AiRaceStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static ImportBatch Batch(params Observation[] observations)
    {
        var batch = new ImportBatch("test", "test attribution");
        batch.Metrics.Add(new Metric("m", "M", MetricKind.Snapshot, true, "pt", "test metric"));
        batch.Models.Add(new ModelRecord("a", "A", "OpenAI", null, Openness.Closed, null));
        batch.Observations.AddRange(observations);
        return batch;
    }

    [Fact]
    public void New_store_is_at_the_current_schema_version_and_empty()
    {
        using var store = AiRaceStore.Open(_dir.File("s.duckdb"));
        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        Assert.True(store.IsEmpty);
    }

    [Fact]
    public void Import_writes_rows_and_the_same_sha_a_second_time_adds_nothing()
    {
        using var store = AiRaceStore.Open(":memory:");
        var source = new ImportSource("f.csv", "/x/f.csv", "abc", 10);
        var first = store.Import(Batch(new Observation("m", "a", new DateOnly(2024, 1, 1), 1200)), source);
        var second = store.Import(Batch(new Observation("m", "a", new DateOnly(2024, 1, 1), 1200)), source);

        Assert.False(first.AlreadyImported);
        Assert.Equal(2, first.Rows);
        Assert.True(second.AlreadyImported);
        Assert.Equal(new StoreCounts(1, 1, 0, 1, 1), store.Counts());
    }

    [Fact]
    public void A_failing_import_leaves_the_store_exactly_as_it_was()
    {
        using var store = AiRaceStore.Open(":memory:");
        store.Import(Batch(new Observation("m", "a", new DateOnly(2024, 1, 1), 1200)), new ImportSource("f", "f", "1", 1));
        var before = store.Counts();

        // A NaN score violates nothing in DuckDB, so force a failure with a null model key in the appender.
        var bad = Batch(new Observation("m", "a", new DateOnly(2024, 1, 2), 1201), new Observation("m", null!, new DateOnly(2024, 1, 3), 1));
        var ex = Assert.Throws<AiRaceException>(() => store.Import(bad, new ImportSource("bad.csv", "bad.csv", "2", 1)));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("bad.csv", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, store.Counts());
    }

    [Fact]
    public void A_store_written_by_a_newer_version_is_refused_with_a_clear_message()
    {
        var path = _dir.File("newer.duckdb");
        using (var store = AiRaceStore.Open(path))
        {
            store.Execute($"UPDATE airace_meta SET value = '{StoreSchema.CurrentVersion + 5}' WHERE key = 'schema_version'");
        }

        var ex = Assert.Throws<AiRaceException>(() => AiRaceStore.Open(path));
        Assert.Contains("newer AiRace", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Models_merge_across_imports_and_unknown_openness_never_overrides()
    {
        using var store = AiRaceStore.Open(":memory:");
        var b1 = new ImportBatch("t1", "a");
        b1.Models.Add(new ModelRecord("x", "X", null, null, Openness.Unknown, null));
        var b2 = new ImportBatch("t2", "b");
        b2.Models.Add(new ModelRecord("x", "X-2", "DeepSeek", new DateOnly(2025, 1, 20), Openness.Open, "CN"));
        store.Import(b1, new ImportSource("1", "1", "1", 1));
        store.Import(b2, new ImportSource("2", "2", "2", 1));

        var m = Assert.Single(store.Models());
        Assert.Equal(("X", "DeepSeek", Openness.Open, "CN"), (m.Name, m.Organization, m.Openness, m.SourceCountry));
        Assert.Equal(new DateOnly(2025, 1, 20), m.ReleaseDate);
    }

    [Fact]
    public void An_older_store_is_migrated_and_keeps_its_data()
    {
        var path = _dir.File("old.duckdb");
        using (var store = AiRaceStore.Open(path, version: 1))
        {
            // A version-1 store, as the first AiRace left it: written with version 1's own tables.
            Assert.Equal(1, store.SchemaVersion);
            store.Execute("INSERT INTO imports VALUES (1, 'test', 'f', 'f', '1', 1, 1, now(), NULL, 'a')");
            store.Execute("INSERT INTO model_sources VALUES (1, 'a', 'A', 'Microsoft,Peking University', NULL, 'open', NULL, NULL, NULL, NULL)");
            store.Execute("INSERT INTO model_sources VALUES (1, 'a', 'A', 'Microsoft', NULL, 'open', NULL, NULL, NULL, NULL)");
            store.Execute("INSERT INTO observations VALUES (1, 'm', 'a', DATE '2024-01-01', 1200, NULL, NULL, NULL)");
        }

        using (var reopened = AiRaceStore.Open(path))
        {
            Assert.Equal(StoreSchema.CurrentVersion, reopened.SchemaVersion);
            Assert.Equal(1, reopened.Counts().Observations);
            Assert.Equal("Microsoft", Assert.Single(reopened.Models()).Organization);
            Assert.Equal(1200, Assert.Single(reopened.Observations("m")).Score);
        }
    }

    [Fact]
    public void A_single_organization_beats_a_joint_credit_whatever_the_import_order()
    {
        using var store = AiRaceStore.Open(":memory:");
        var joint = new ImportBatch("catalog", "a");
        joint.Models.Add(new ModelRecord("wizardlm-70b", "WizardLM 70B", "Microsoft,Peking University", null, Openness.Open, null));
        var single = new ImportBatch("arena", "b");
        single.Models.Add(new ModelRecord("wizardlm-70b", "WizardLM-70B", "Microsoft", null, Openness.Open, null));
        store.Import(joint, new ImportSource("1", "1", "1", 1));
        store.Import(single, new ImportSource("2", "2", "2", 1));

        Assert.Equal("Microsoft", Assert.Single(store.Models()).Organization);
        Assert.Equal("Microsoft", Assert.Single(store.Models(new DateOnly(2100, 1, 1))).Organization);
    }

    public void Dispose() => _dir.Dispose();
}
