using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

/// <summary>The same model seen in different LMArena files is one model in the store.</summary>
public sealed class LmArenaModelMergeTests
{
    private const string Alltime = "lmarena-history-jasontrigg0/alltime.csv";

    private static AiRaceStore StoreWith(IEnumerable<string> paths)
    {
        var store = AiRaceStore.Open(":memory:");
        var runner = new FileImportRunner(store);
        foreach (var path in paths)
        {
            runner.ImportFile(path);
        }

        return store;
    }

    private static IEnumerable<string> FboulnoisTextBoards() =>
        Directory.EnumerateFiles(SharedData.Folder("lmarena-fboulnois/lmsys"), "lmsys.csv", SearchOption.AllDirectories)
            .Append(SharedData.File("lmarena-fboulnois/lmarena_text.csv"))
            .Order(StringComparer.Ordinal);

    [RealDataFact]
    public void Fboulnois_display_names_land_on_alltime_keys_whichever_is_imported_first()
    {
        var boards = FboulnoisTextBoards().ToList();
        using var alltimeFirst = StoreWith(boards.Prepend(SharedData.File(Alltime)));
        using var boardsFirst = StoreWith(boards.Append(SharedData.File(Alltime)));
        using var boardsOnly = StoreWith(boards);

        // python3, same rules (bundled aliases, then alltime Model -> key unless the name is itself a key or names two keys):
        // 283 distinct keys from the boards alone; with alltime.csv they fall to 274, 225 of them alltime keys; 238 + 274 - 225 = 287.
        Assert.Equal(283, boardsOnly.Metrics().Single(m => m.Id == "lmarena-text").Models);
        Assert.Equal(287, alltimeFirst.Metrics().Single(m => m.Id == "lmarena-text").Models);
        Assert.Equal(
            alltimeFirst.Observations("lmarena-text").Select(o => (o.ModelKey, o.Date, o.Score)).Order(),
            boardsFirst.Observations("lmarena-text").Select(o => (o.ModelKey, o.Date, o.Score)).Order());

        // 'Claude 3 Opus' (fboulnois 2024-07-07, 1248) is alltime's claude-3-opus-20240229.
        Assert.Contains(alltimeFirst.Observations("lmarena-text"), o => o.ModelKey == "claude-3-opus-20240229" && o.Date == new DateOnly(2024, 7, 7) && o.Score == 1248);
        Assert.DoesNotContain(alltimeFirst.Models(), m => m.Key == "claude-3-opus");
    }

    [RealDataFact]
    public void Arena_catalog_2025_03_07_full_equals_alltime_20250303_for_all_204_keys()
    {
        using var store = StoreWith([SharedData.File(Alltime), SharedData.File("lmarena-arena-catalog/2025-03-07/leaderboard-text.json")]);
        var observations = store.Observations("lmarena-text");
        var catalog = observations.Where(o => o.Date == new DateOnly(2025, 3, 7)).ToList();
        var alltime = observations.Where(o => o.Date == new DateOnly(2025, 3, 3)).ToDictionary(o => o.ModelKey, o => o.Score);

        // README cross-check, confirmed with python3 (max difference 0.0 over the 204 shared keys).
        Assert.Equal(204, catalog.Count);
        Assert.All(catalog, o => Assert.Equal(alltime[o.ModelKey], o.Score, 6));
    }
}
