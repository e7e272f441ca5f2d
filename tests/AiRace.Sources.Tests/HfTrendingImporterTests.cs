using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class HfTrendingImporterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [RealDataFact]
    public void The_key_order_is_the_rank_and_the_folder_is_the_snapshot_date()
    {
        var probe = FileProbe.Of(SharedData.File("hf-trending-park-onezero/2026-03-08/trending_cache.json"));
        var importer = FileImporters.For(probe);

        Assert.IsType<HfTrendingImporter>(importer);
        var batch = importer.Read(probe);
        var rows = batch.HubModels.ToList();

        // By reading the file (python3 json keeps key order): 10 entries, first Qwen/Qwen3.5-9B with 868002 downloads and 584 likes;
        // the last sarvamai/sarvam-105b with 644 downloads; Lightricks/LTX-2.3 has no numParameters.
        Assert.Equal(10, rows.Count);
        Assert.Equal(Enumerable.Range(1, 10), batch.HubTrending.Select(t => t.Rank));
        Assert.Equal(("Qwen/Qwen3.5-9B", "Qwen", 868_002L, 584L, 9_653_104_368L), (rows[0].RepoId, rows[0].Author, rows[0].Downloads!.Value, rows[0].Likes!.Value, rows[0].Parameters!.Value));
        Assert.Equal(("sarvamai/sarvam-105b", 644L), (batch.HubTrending[9].RepoId, rows[9].Downloads!.Value));
        Assert.Null(rows.Single(r => r.RepoId == "Lightricks/LTX-2.3").Parameters);
        Assert.All(rows, r => Assert.Equal(new DateOnly(2026, 3, 8), r.SnapshotDate));
        Assert.All(rows, r => Assert.Null(r.BaseRelation));
    }

    [Fact]
    public void A_trending_list_outside_a_dated_folder_is_refused_with_the_fix()
    {
        var path = Path.Combine(_dir.Path, "trending_cache.json");
        File.WriteAllText(path, """{"a/b": {"repoType": "model", "repoData": {"id": "a/b", "downloads": 1}}}""");
        var probe = FileProbe.Of(path);

        var ex = Assert.Throws<AiRaceException>(() => FileImporters.For(probe)!.Read(probe));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("YYYY-MM-DD", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
