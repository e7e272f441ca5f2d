using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class LmArenaAlltimeImporterTests
{
    [RealDataFact]
    public void Reads_every_row_of_alltime_csv_with_the_documented_reference_values()
    {
        var probe = FileProbe.Of(SharedData.File("lmarena-history-jasontrigg0/alltime.csv"));
        var importer = FileImporters.For(probe);

        Assert.IsType<LmArenaAlltimeImporter>(importer);
        var batch = importer.Read(probe);

        // README of shared/data: 13,434 rows, 105 dates, 238 keys. python3: yi-34b-chat is listed twice (same rating) on 96 dates,
        // and those repeats are kept once: 13,434 - 96 = 13,338 observations.
        Assert.Equal(13_338, batch.Observations.Count);
        Assert.Equal(batch.Observations.Count, batch.Observations.Select(o => (o.ModelKey, o.Date)).Distinct().Count());
        Assert.Equal(105, batch.Observations.Select(o => o.Date).Distinct().Count());
        Assert.Equal(238, batch.Models.Count);
        var best = batch.Observations.Where(o => o.Date == new DateOnly(2025, 3, 26)).MaxBy(o => o.Score)!;
        Assert.Equal("gemini-2.5-pro-exp-03-25", best.ModelKey);
        Assert.Equal(1442.96, best.Score, 2);
        var r1 = batch.Observations.Single(o => o.Date == new DateOnly(2025, 3, 26) && o.ModelKey == "deepseek-r1");
        Assert.Equal(1359.52, r1.Score, 2);
    }
}
