using AiRace.Application.Caching;
using AiRace.Application.Headline;
using AiRace.Application.Json;
using AiRace.Application.Trend;
using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Application.Tests.Caching;

public sealed class CacheWarmupTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [RealDataFact]
    public void After_a_warmed_import_the_key_measures_are_hits_equal_to_the_computed_results()
    {
        var path = _dir.File("epoch.duckdb");
        var warmed = 0;
        using (var writer = StoreWriter.Begin(path))
        {
            var runner = new FileImportRunner(writer.Store);
            foreach (var file in FileImportRunner.Expand([SharedData.Folder("epoch-benchmark-stitching")]))
            {
                runner.ImportFile(file);
            }

            using var staging = new StoreSession(writer.Store);
            writer.Publish(() => warmed = CacheWarmup.Run(staging));
        }

        using var read = StoreSession.OpenReadOnly(path);
        var cached = new TrendQuery("epoch-eci", HeadlineQuery.Between).Run(read);
        using var plain = new StoreSession(read.Store) { Cache = null };
        var computed = new TrendQuery("epoch-eci", HeadlineQuery.Between).Run(plain);

        Assert.True(warmed >= 3, $"{warmed} results warmed");
        Assert.Equal((0, 1), (read.Cache!.Misses, read.Cache.Hits));
        Assert.Equal(JsonPolicy.Serialize(computed), JsonPolicy.Serialize(cached));
    }

    public void Dispose() => _dir.Dispose();
}
