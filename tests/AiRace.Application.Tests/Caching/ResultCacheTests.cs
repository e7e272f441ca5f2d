using System.Text.Json;
using AiRace.Application.Behind;
using AiRace.Application.Caching;
using AiRace.Application.Gap;
using AiRace.Application.Json;
using AiRace.Application.Trend;
using AiRace.Core.Domain;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Application.Tests.Caching;

public sealed class ResultCacheTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _path;

    public ResultCacheTests()
    {
        _path = _dir.File("store.duckdb");
        using var writer = StoreWriter.Begin(_path);
        Import(writer.Store, "small.csv", SmallStore.Scores);
        writer.Publish();
    }

    /// <summary>Every cached query, each as (kind, run): the JSON of its result is what the test compares.</summary>
    public static TheoryData<string> Queries => ["gap", "gap-at", "behind", "behind-first-match", "trend", "trend-as-of"];

    private static object Run(string query, StoreSession session) => query switch
    {
        "gap" => new GapQuery("m", "US,CN").Run(session),
        "gap-at" => new GapQuery("m", "US,CN", At: SmallStore.Scores[3].Date).Run(session),
        "behind" => new BehindQuery("m", "US,CN").Run(session),
        "behind-first-match" => new BehindQuery("m", "US,CN", Method: "first-match").Run(session),
        "trend" => new TrendQuery("m", "US,CN").Run(session),
        "trend-as-of" => new TrendQuery("m", "US,CN", AsOf: SmallStore.Scores[6].Date).Run(session),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query, "unknown query"),
    };

    private static void Import(AiRaceStore store, string file, IEnumerable<(DateOnly Date, double Us, double Cn)> scores)
    {
        var batch = new ImportBatch("test", "hand-written test data");
        batch.Metrics.Add(new Metric("m", "M", MetricKind.Snapshot, true, "pt", "a test metric"));
        batch.Models.Add(new ModelRecord("us-model", "US Model", "OpenAI", new DateOnly(2023, 12, 1), Openness.Closed, null));
        batch.Models.Add(new ModelRecord("cn-model", "CN Model", "DeepSeek", new DateOnly(2023, 12, 1), Openness.Open, null));
        foreach (var (date, us, cn) in scores)
        {
            batch.Observations.Add(new Observation("m", "us-model", date, us));
            batch.Observations.Add(new Observation("m", "cn-model", date, cn));
        }

        store.Import(batch, new ImportSource(file, "/test/" + file, file, 1));
    }

    private static (string Policy, string Exact) Json(object result) =>
        (JsonPolicy.Serialize(result), JsonSerializer.Serialize(result, result.GetType(), CacheJson.Options));

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_cached_result_is_the_computed_result(string query)
    {
        object computed;
        using (var plain = new StoreSession(AiRaceStore.OpenReadOnly(_path)) { Cache = null })
        {
            computed = Run(query, plain);
            plain.Store.Dispose();
        }

        object first;
        using (var cold = StoreSession.OpenReadOnly(_path))
        {
            first = Run(query, cold);
            var again = Run(query, cold);
            Assert.Same(first, again);
            Assert.Equal((1, 1), (cold.Cache!.Misses, cold.Cache.Hits));
        }

        using var warm = StoreSession.OpenReadOnly(_path);
        var stored = Run(query, warm);

        Assert.Equal((0, 1), (warm.Cache!.Misses, warm.Cache.Hits));
        Assert.Equal(Json(computed), Json(first));
        Assert.Equal(Json(computed), Json(stored));
    }

    [Fact]
    public void A_new_import_changes_the_content_key_and_the_next_read_computes_the_new_data()
    {
        using (var session = StoreSession.OpenReadOnly(_path))
        {
            new GapQuery("m", "US,CN").Run(session);
        }

        string before;
        using (var store = AiRaceStore.OpenReadOnly(_path))
        {
            before = store.ContentKey();
            Assert.Equal(1, store.DerivedResultCount());
        }

        var later = new DateOnly(2025, 12, 1);
        using (var writer = StoreWriter.Begin(_path))
        {
            Import(writer.Store, "later.csv", [(later, 1400, 1390)]);
            writer.Publish();
        }

        using var after = StoreSession.OpenReadOnly(_path);
        Assert.NotEqual(before, after.Store.ContentKey());
        var r = new GapQuery("m", "US,CN").Run(after);
        Assert.Equal((1, 0), (after.Cache!.Misses, after.Cache.Hits));
        Assert.Equal(later, r.Points[^1].Date);
    }

    [Fact]
    public void Results_written_into_a_writers_staging_copy_are_hits_once_it_is_published()
    {
        string expected;
        using (var writer = StoreWriter.Begin(_path))
        {
            Import(writer.Store, "more.csv", [(new DateOnly(2025, 11, 1), 1390, 1385)]);
            using var staging = new StoreSession(writer.Store);
            var computed = string.Empty;
            writer.Publish(() => computed = JsonPolicy.Serialize(new TrendQuery("m", "US,CN").Run(staging)));
            expected = computed;
        }

        using var read = StoreSession.OpenReadOnly(_path);
        var r = new TrendQuery("m", "US,CN").Run(read);

        Assert.Equal((0, 1), (read.Cache!.Misses, read.Cache.Hits));
        Assert.Equal(expected, JsonPolicy.Serialize(r));
    }

    [Fact]
    public void A_read_while_a_writer_holds_the_lock_neither_waits_nor_fails_and_a_shared_memory_layer_still_hits()
    {
        var memory = new ResultMemory();
        using var holder = StoreWriter.Begin(_path);
        using (var store = AiRaceStore.OpenReadOnly(_path))
        using (var session = new StoreSession(store) { Cache = new ResultCache(store, null, memory) })
        {
            new BehindQuery("m", "US,CN").Run(session);
        }

        using var store2 = AiRaceStore.OpenReadOnly(_path);
        Assert.Equal(0, store2.DerivedResultCount());
        using var second = new StoreSession(store2) { Cache = new ResultCache(store2, null, memory) };
        new BehindQuery("m", "US,CN").Run(second);
        Assert.Equal((0, 1), (second.Cache!.Misses, second.Cache.Hits));
    }

    [Fact]
    public void A_cache_without_write_back_leaves_the_store_as_it_was()
    {
        using (var store = AiRaceStore.OpenReadOnly(_path))
        using (var session = new StoreSession(store) { Cache = new ResultCache(store) { WriteBack = false } })
        {
            new GapQuery("m", "US,CN").Run(session);
        }

        using var after = AiRaceStore.OpenReadOnly(_path);
        Assert.Equal(0, after.DerivedResultCount());
    }

    [Fact]
    public void Attribution_overrides_are_part_of_the_key()
    {
        var overrides = _dir.File("overrides.csv");
        File.WriteAllText(overrides, "organization,country\nAnthropic,US\n");
        using (var session = StoreSession.OpenReadOnly(_path))
        {
            new GapQuery("m", "US,CN").Run(session);
        }

        using var other = StoreSession.OpenReadOnly(_path, overrides);
        new GapQuery("m", "US,CN").Run(other);
        Assert.Equal((1, 0), (other.Cache!.Misses, other.Cache.Hits));
    }

    [Fact]
    public void A_query_that_fails_keeps_nothing()
    {
        using var session = StoreSession.OpenReadOnly(_path);
        Assert.Throws<AiRace.Core.AiRaceException>(() => new GapQuery("no-such-metric", "US,CN").Run(session));
        Assert.Equal(0, session.Cache!.Hits);
    }

    public void Dispose() => _dir.Dispose();
}
