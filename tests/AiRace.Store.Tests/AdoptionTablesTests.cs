using AiRace.Core;
using AiRace.Core.Domain;

namespace AiRace.Store.Tests;

public sealed class AdoptionTablesTests
{
    private static readonly DateOnly Day = new(2026, 1, 4);

    private static HubModelRecord Hub(string id, string? b = null) =>
        new(Day, id, id.Split('/')[0], 10, null, 2, null, null, null, null, b, b is null ? null : "finetune", null, null);

    private static UsageRecord Usage(string slug, long tokens, DateOnly date) =>
        new(date, date.AddDays(-6), slug, slug, null, false, null, slug, 1, tokens, null, 1, tokens, null, false);

    [Fact]
    public void Lazily_streamed_hub_rows_are_counted_in_the_import()
    {
        using var store = AiRaceStore.Open(":memory:");
        var batch = new ImportBatch("hf-api-models", "t") { HubModels = Enumerable.Range(0, 3).Select(i => Hub($"u/m{i}")) };

        var outcome = store.Import(batch, new ImportSource("f", "f", "1", 1));

        Assert.Equal(3, outcome.Rows);
        Assert.Equal(3, store.Imports().Single().Rows);
        Assert.Equal(3, store.HubModels(["hf-api-models"], Day).Count);
    }

    [Fact]
    public void A_stream_that_fails_midway_leaves_no_row_and_no_import()
    {
        using var store = AiRaceStore.Open(":memory:");
        IEnumerable<HubModelRecord> Failing()
        {
            yield return Hub("u/a");
            throw new AiRaceException(ErrorKind.BadData, "Cannot read 'listing.jsonl': record 2 has no 'id'.");
        }

        Assert.Throws<AiRaceException>(() => store.Import(new ImportBatch("hf-api-models", "t") { HubModels = Failing() }, new ImportSource("f", "f", "1", 1)));

        Assert.Empty(store.HubModels(["hf-api-models"], Day));
        Assert.True(store.IsEmpty);
    }

    [Fact]
    public void The_latest_import_of_a_week_replaces_an_earlier_one_and_lineage_comes_from_lineage_carrying_imports()
    {
        using var store = AiRaceStore.Open(":memory:");
        var sunday = new DateOnly(2025, 3, 2);
        var first = new ImportBatch("openrouter-weekly", "t");
        first.Usage.Add(Usage("a/x", 5, sunday));
        var second = new ImportBatch("openrouter-weekly", "t");
        second.Usage.Add(Usage("b/y", 7, sunday));
        store.Import(first, new ImportSource("1", "1", "1", 1));
        store.Import(second, new ImportSource("2", "2", "2", 1));
        store.Import(new ImportBatch("hf-trending", "t") { HubModels = [Hub("u/t")] }, new ImportSource("3", "3", "3", 1));
        store.Import(new ImportBatch("hf-api-models", "t") { HubModels = [Hub("u/d", "Qwen/Q"), Hub("Qwen/Q")] }, new ImportSource("4", "4", "4", 1));

        Assert.Equal("b/y", Assert.Single(store.UsageRows()).Slug);
        var edges = store.HubLineageEdges().OrderBy(e => e.RepoId, StringComparer.Ordinal).ToList();
        Assert.Equal(["Qwen/Q", "u/d"], edges.Select(e => e.RepoId));
        Assert.Equal("Qwen/Q", edges[1].Base);
    }
}
