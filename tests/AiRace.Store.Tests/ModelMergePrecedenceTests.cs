using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Store.Tests;

/// <summary>The stated precedence for conflicting model metadata (StoreSchema.ModelMergeCtes), on a real in-memory store.</summary>
public sealed class ModelMergePrecedenceTests
{
    private static readonly CountryAttribution Policy = new(new OrganizationDirectory(
    [
        new OrganizationEntry("MiniMax", ["minimax"], "CN", "https://x", [], [], null),
        new OrganizationEntry("Alibaba", [], "CN", "https://x", [], [], null),
    ]));

    /// <summary>A catalog file dated by its snapshot folder, as the shared data lays them out.</summary>
    private static void ImportSnapshot(AiRaceStore store, string kind, string date, ModelRecord model)
    {
        var batch = new ImportBatch(kind, "t");
        batch.Models.Add(model);
        var path = $"/data/{kind}/{date}/models.json";
        store.Import(batch, new ImportSource("models.json", path, kind + date + model.Key, 1));
    }

    private static ModelRecord Model(string key, Openness openness, string? org = "MiniMax", DateOnly? release = null, string? hf = null) =>
        new(key, key, org, release, openness, null, HuggingFaceId: hf);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_newest_dated_source_decides_openness_whatever_the_import_order(bool newestFirst)
    {
        using var store = AiRaceStore.Open(":memory:");
        var older = () => ImportSnapshot(store, "aa", "2026-04-10", Model("m27", Openness.Closed));
        var newer = () => ImportSnapshot(store, "aa", "2026-05-10", Model("m27", Openness.Open));
        (newestFirst ? newer : older)();
        (newestFirst ? older : newer)();

        Assert.Equal(Openness.Open, Assert.Single(store.Models()).Openness);
        var rows = store.ModelConflicts(Policy, asOf: null);
        Assert.Equal(["closed", "open"], rows.Select(r => r.Value));
        Assert.All(rows, r => Assert.Equal(("openness", "open", "newest-source"), (r.Field, r.Winner, r.Rule)));
        Assert.Equal([false, true], rows.Select(r => r.Won));
        Assert.Equal(new DateOnly(2026, 4, 10), rows[0].FirstDate);
    }

    [Fact]
    public void A_single_old_outlier_loses_to_newer_sources()
    {
        using var store = AiRaceStore.Open(":memory:");
        ImportSnapshot(store, "catalog", "2025-12-17", Model("q", Openness.Open, "Alibaba"));
        ImportSnapshot(store, "daily", "2026-03-22", Model("q", Openness.Closed, "Alibaba"));
        ImportSnapshot(store, "daily", "2026-03-25", Model("q", Openness.Closed, "Alibaba"));

        Assert.Equal(Openness.Closed, Assert.Single(store.Models()).Openness);
        var daily = Assert.Single(store.ModelConflicts(Policy, null), r => r.SourceKind == "daily");
        Assert.Equal((2, new DateOnly(2026, 3, 25), "/data/daily/2026-03-25/models.json"), (daily.Files, daily.LastDate, daily.LatestFile));
    }

    [Fact]
    public void The_publishers_own_hub_repository_beats_a_newer_catalog_saying_closed()
    {
        using var store = AiRaceStore.Open(":memory:");
        ImportSnapshot(store, "aa", "2026-04-10", Model("m27", Openness.Closed, hf: "MiniMaxAI/MiniMax-M2.7"));
        ImportSnapshot(store, "daily", "2026-04-12", Model("m27", Openness.Closed));
        var hub = new ImportBatch("hf-trending", "t")
        {
            HubModels = [new HubModelRecord(new DateOnly(2026, 4, 11), "MiniMaxAI/MiniMax-M2.7", "MiniMaxAI", null, null, null, null, null, null, null, null, null, null, null)],
        };
        store.Import(hub, new ImportSource("trending.json", "/data/hf/2026-04-11/trending.json", "hub", 1));

        Assert.Equal(Openness.Open, Assert.Single(store.Models()).Openness);
        Assert.Contains(store.ModelConflicts(Policy, null), r => r is { SourceKind: "hf-trending", Value: "open", Won: true, Rule: "publisher" });
    }

    [Fact]
    public void The_release_date_most_source_kinds_give_wins_else_the_earliest()
    {
        using var store = AiRaceStore.Open(":memory:");
        ImportSnapshot(store, "a", "2026-01-01", Model("x", Openness.Open, release: new DateOnly(2024, 2, 4)));
        ImportSnapshot(store, "b", "2026-01-01", Model("x", Openness.Open, release: new DateOnly(2024, 4, 3)));
        ImportSnapshot(store, "c", "2026-01-01", Model("x", Openness.Open, release: new DateOnly(2024, 4, 3)));
        ImportSnapshot(store, "a", "2026-01-01", Model("y", Openness.Open, release: new DateOnly(2024, 4, 3)));
        ImportSnapshot(store, "b", "2026-01-01", Model("y", Openness.Open, release: new DateOnly(2024, 2, 4)));

        var models = store.Models().ToDictionary(m => m.Key);
        Assert.Equal(new DateOnly(2024, 4, 3), models["x"].ReleaseDate);
        Assert.Equal(new DateOnly(2024, 2, 4), models["y"].ReleaseDate);
        var rules = store.ModelConflicts(Policy, null).Where(r => r.Field == "release_date").ToLookup(r => r.Key, r => r.Rule);
        Assert.Equal(["most-sources"], rules["x"].Distinct());
        Assert.Equal(["earliest"], rules["y"].Distinct());
    }

    [Fact]
    public void Two_spellings_of_one_organization_are_no_conflict_but_two_labs_are()
    {
        using var store = AiRaceStore.Open(":memory:");
        ImportSnapshot(store, "list", "2026-01-01", Model("m", Openness.Open, "minimax"));
        ImportSnapshot(store, "board", "2026-02-01", Model("m", Openness.Open, "MiniMax"));
        ImportSnapshot(store, "list", "2026-01-01", Model("q", Openness.Open, "MiniMax"));
        ImportSnapshot(store, "board", "2026-02-01", Model("q", Openness.Open, "Alibaba"));

        var rows = store.ModelConflicts(Policy, null);
        Assert.DoesNotContain(rows, r => r.Key == "m");
        Assert.Equal(["Alibaba", "MiniMax"], rows.Where(r => r.Key == "q").Select(r => r.Value));
        Assert.Equal("Alibaba", store.Models().Single(x => x.Key == "q").Organization);
    }

    [Fact]
    public void The_as_of_merge_uses_the_same_rule_over_the_imports_known_then()
    {
        using var store = AiRaceStore.Open(":memory:");
        var early = new ImportBatch("live", "t") { RetrievedAt = new DateTimeOffset(2026, 4, 10, 8, 0, 0, TimeSpan.Zero) };
        early.Models.Add(Model("m27", Openness.Closed));
        var late = new ImportBatch("live", "t") { RetrievedAt = new DateTimeOffset(2026, 5, 10, 8, 0, 0, TimeSpan.Zero) };
        late.Models.Add(Model("m27", Openness.Open));
        store.Import(late, new ImportSource("b", "live/b", "b", 1));
        store.Import(early, new ImportSource("a", "live/a", "a", 1));

        Assert.Equal(Openness.Closed, Assert.Single(store.Models(new DateOnly(2026, 4, 30))).Openness);
        Assert.Equal(Openness.Open, Assert.Single(store.Models(new DateOnly(2026, 5, 10))).Openness);
        Assert.Empty(store.ModelConflicts(Policy, new DateOnly(2026, 4, 30)));
        Assert.Equal(2, store.ModelConflicts(Policy, new DateOnly(2026, 5, 10)).Count);
    }
}
