using System.Text.Json;
using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Sources.Live;
using AiRace.Sources.Rebuild;
using AiRace.Store;
using AiRace.Testing;
using DuckDB.NET.Data;

namespace AiRace.Sources.Tests.Live;

/// <summary>Rebuild re-derives every table from the archive and the imported files, or changes nothing.</summary>
public sealed class RebuildTests : IDisposable
{
    private const string TinyCsv = "key,Model,rating,License,Organization,date\nm-one,Model One,1200.5,MIT,Lab,20250101\n";
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    private static string Snapshot(AiRaceStore store) => JsonSerializer.Serialize(new
    {
        Metrics = store.Metrics(),
        Lmarena = store.Observations(KnownMetrics.LmArenaText.Id),
        Downloads = store.Observations(KnownMetrics.HfDownloads30d.Id),
        Prices = store.Observations(KnownMetrics.OpenRouterPromptPrice.Id),
        Models = store.Models(),
        Hub = store.HubModels(),
        Counts = store.Counts(),
    });

    private void Wreck()
    {
        using var db = new DuckDBConnection($"Data Source={Db}");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "DELETE FROM observations WHERE metric = 'hf-likes'; DELETE FROM hub_models; UPDATE model_sources SET name = 'wrong'; DELETE FROM organization_sources;";
        cmd.ExecuteNonQuery();
    }

    [RealDataFact]
    public void Rebuild_restores_every_table_from_the_archive_and_the_files()
    {
        string before;
        using (var store = AiRaceStore.Open(Db))
        {
            new FileImportRunner(store).ImportFile(SharedData.File("lmarena-history-jasontrigg0/alltime.csv"));
            using var hub = LoopbackServer.Start(ctx => LiveKit.Json(ctx, HubJson.Page(HubJson.Range("lab-a", 0, 12))));
            using var openRouter = LoopbackServer.Start(ctx => LiveKit.Json(ctx, OpenRouterJson.Catalog));
            Assert.Equal(SourceRunStatus.Updated, LiveKit.Run(store, LiveKit.Options("huggingface", hub.BaseUrl), "huggingface").Status);
            Assert.Equal(SourceRunStatus.Updated, LiveKit.Run(store, LiveKit.Options("openrouter", openRouter.BaseUrl), "openrouter").Status);
            before = Snapshot(store);
        }

        Wreck();
        using var reopened = AiRaceStore.Open(Db);
        Assert.NotEqual(before, Snapshot(reopened));

        var result = new StoreRebuilder(reopened).Run(dropMissing: false);

        Assert.Equal((2, 1), (result.FromArchive, result.FromFiles));
        Assert.Equal(before, Snapshot(reopened));
    }

    [Fact]
    public void A_file_that_is_gone_stops_the_rebuild_before_anything_changes_unless_dropped()
    {
        var csv = _dir.File("alltime.csv");
        File.WriteAllText(csv, TinyCsv);
        using var store = AiRaceStore.Open(Db);
        new FileImportRunner(store).ImportFile(csv);
        File.Delete(csv);
        var before = Snapshot(store);

        var ex = Assert.Throws<AiRaceException>(() => new StoreRebuilder(store).Run(dropMissing: false));

        Assert.Equal(ErrorKind.SourceUnavailable, ex.Kind);
        Assert.Contains($"'{csv}': the file is gone", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--drop-missing", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(store));

        var dropped = new StoreRebuilder(store).Run(dropMissing: true);
        Assert.Equal([csv], dropped.Dropped);
        Assert.True(store.IsEmpty);
        Assert.Empty(store.Observations(KnownMetrics.LmArenaText.Id));
    }

    [Fact]
    public void A_changed_file_is_not_silently_re_read()
    {
        var csv = _dir.File("alltime.csv");
        File.WriteAllText(csv, TinyCsv);
        using var store = AiRaceStore.Open(Db);
        new FileImportRunner(store).ImportFile(csv);
        File.AppendAllText(csv, "m-two,Model Two,1100,MIT,Lab,20250101\n");

        var missing = Assert.Single(new StoreRebuilder(store).Missing());
        Assert.Contains("sha256 differs", missing.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
