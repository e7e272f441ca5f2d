using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class LmArenaDailyBoardImporterTests
{
    private static ImportBatch Read(string relative)
    {
        var probe = FileProbe.Of(SharedData.File(relative));
        var importer = FileImporters.For(probe);
        Assert.IsType<LmArenaDailyBoardImporter>(importer);
        return importer.Read(probe);
    }

    [RealDataFact]
    public void The_text_board_of_2026_04_12_has_the_documented_top_and_best_chinese_model()
    {
        var batch = Read("lmarena-oolong-daily/2026-04-12/text.json");

        // README: top claude-opus-4-6-thinking 1504; best Chinese glm-5.1 (Z.ai) 1471. python3: 30 models, ci 5 and 8, votes 16278 and 5326.
        Assert.Equal(30, batch.Observations.Count);
        Assert.All(batch.Observations, o => Assert.Equal((KnownMetrics.LmArenaTextStyleControl.Id, new DateOnly(2026, 4, 12)), (o.MetricId, o.Date)));
        var top = batch.Observations.MaxBy(o => o.Score)!;
        Assert.Equal(("claude-opus-4-6-thinking", 1504.0, 1499.0, 1509.0, 16278L), (top.ModelKey, top.Score, top.CiLow!.Value, top.CiHigh!.Value, top.Votes!.Value));
        var glm = batch.Observations.Single(o => o.ModelKey == "glm-5.1");
        Assert.Equal((1471.0, 1463.0, 1479.0), (glm.Score, glm.CiLow!.Value, glm.CiHigh!.Value));
        var model = batch.Models.Single(m => m.Key == "glm-5.1");
        Assert.Equal(("Z.ai", Openness.Open), (model.Organization!, model.Openness));
        Assert.Equal(Openness.Closed, batch.Models.Single(m => m.Key == "claude-opus-4-6-thinking").Openness);
    }

    [RealDataFact]
    public void The_code_board_is_a_separate_metric()
    {
        var batch = Read("lmarena-oolong-daily/2026-04-12/code.json");

        // python3: 60 models, first claude-opus-4-6-thinking 1548 (ci 11).
        Assert.Equal("lmarena-code", Assert.Single(batch.Metrics).Id);
        Assert.Equal(60, batch.Observations.Count);
        Assert.Equal(1548, batch.Observations.Single(o => o.ModelKey == "claude-opus-4-6-thinking").Score);
    }

    [Fact]
    public void A_non_numeric_score_is_named_by_its_json_path_and_a_board_outside_a_dated_folder_uses_fetched_at()
    {
        using var dir = new TempDirectory();
        var path = dir.File("text.json");
        File.WriteAllText(path, """
            {"meta": {"leaderboard": "text", "fetched_at": "2026-04-12T04:33:40+00:00"},
             "models": [{"model": "a", "vendor": "V", "license": null, "score": 1400, "ci": 4, "votes": 10},
                        {"model": "b", "vendor": "V", "license": "open", "score": "1390", "ci": 4, "votes": 10}]}
            """);

        var ex = Assert.Throws<AiRaceException>(() => new LmArenaDailyBoardImporter().Read(FileProbe.Of(path)));
        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("'text.json' at $.models[1].score: value \"1390\" is not a number", ex.Message, StringComparison.Ordinal);

        File.WriteAllText(path, """{"meta": {"leaderboard": "text", "fetched_at": "2026-04-12T04:33:40+00:00"}, "models": [{"model": "a", "vendor": "V", "license": null, "score": 1400, "ci": 4, "votes": 10}]}""");
        var batch = new LmArenaDailyBoardImporter().Read(FileProbe.Of(path));
        Assert.Equal(new DateOnly(2026, 4, 12), Assert.Single(batch.Observations).Date);
        Assert.Equal(Openness.Unknown, Assert.Single(batch.Models).Openness);
    }
}
