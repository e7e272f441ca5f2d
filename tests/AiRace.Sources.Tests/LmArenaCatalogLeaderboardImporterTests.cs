using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class LmArenaCatalogLeaderboardImporterTests
{
    private static Core.Domain.ImportBatch Read(string relative)
    {
        var probe = FileProbe.Of(SharedData.File(relative));
        var importer = FileImporters.For(probe);
        Assert.IsType<LmArenaCatalogLeaderboardImporter>(importer);
        return importer.Read(probe);
    }

    [RealDataFact]
    public void Each_category_is_its_own_metric_and_full_is_lmarena_text()
    {
        var batch = Read("lmarena-arena-catalog/2025-03-07/leaderboard-text.json");

        // README + python3 (json.load): 20 categories, 204 models in 'full', 4049 (category, model) entries.
        Assert.Equal(20, batch.Metrics.Count);
        Assert.Equal(4049, batch.Observations.Count);
        Assert.Equal(204, batch.Observations.Count(o => o.MetricId == "lmarena-text"));
        Assert.Contains(batch.Metrics, m => m.Id == "lmarena-text-coding");
        Assert.Contains(batch.Metrics, m => m.Id == "lmarena-text-hard-6");
        Assert.All(batch.Observations, o => Assert.Equal(new DateOnly(2025, 3, 7), o.Date));
        // python3: coding/deepseek-r1 = 1370.0786 (q025 1356.1772, q975 1383.4301).
        var r1 = batch.Observations.Single(o => o.MetricId == "lmarena-text-coding" && o.ModelKey == "deepseek-r1");
        Assert.Equal(1370.0786, r1.Score, 4);
        Assert.Equal(1356.1772, r1.CiLow!.Value, 4);
        Assert.Equal(1383.4301, r1.CiHigh!.Value, 4);
        // Keys are normalized like alltime.csv's: 'internlm2_5-20b-chat' becomes 'internlm2-5-20b-chat'.
        Assert.Contains(batch.Models, m => m.Key == "internlm2-5-20b-chat" && m.SourceId == "internlm2_5-20b-chat");
    }

    [RealDataFact]
    public void Reads_the_december_board_and_its_style_controlled_twin_as_different_metrics()
    {
        var plain = Read("lmarena-arena-catalog/2025-12-11/leaderboard-text.json");
        var styled = Read("lmarena-arena-catalog/2025-12-17/leaderboard-text-style-control.json");

        // README: gemini-3-pro is 1486.6 without style control (12-11) and 1492.0 with it (12-17); 29 categories; full has 282 and 283 models.
        Assert.Equal(1486.6, plain.Observations.Single(o => o.MetricId == "lmarena-text" && o.ModelKey == "gemini-3-pro").Score, 1);
        Assert.Equal(1492.0, styled.Observations.Single(o => o.MetricId == "lmarena-text-style-control" && o.ModelKey == "gemini-3-pro").Score, 1);
        Assert.Equal(29, plain.Metrics.Count);
        Assert.Equal(29, styled.Metrics.Count);
        Assert.Equal(282, plain.Observations.Count(o => o.MetricId == "lmarena-text"));
        Assert.Equal(283, styled.Observations.Count(o => o.MetricId == "lmarena-text-style-control"));
        Assert.All(styled.Metrics, m => Assert.StartsWith("lmarena-text-style-control", m.Id, StringComparison.Ordinal));
        Assert.Contains(styled.Metrics, m => m.Id == "lmarena-text-style-control-coding");
        Assert.DoesNotContain(styled.Observations, o => o.MetricId == "lmarena-text");
    }

    [RealDataFact]
    public void A_truncated_file_fails_with_the_line_where_the_json_stops()
    {
        using var dir = new TempDirectory();
        var text = File.ReadAllText(SharedData.File("lmarena-arena-catalog/2025-03-07/leaderboard-text.json"));
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "2025-03-07")).FullName;
        var path = Path.Combine(folder, "leaderboard-text.json");
        File.WriteAllText(path, text[..(text.Length / 2)]);

        var ex = Assert.Throws<AiRaceException>(() => new LmArenaCatalogLeaderboardImporter().Read(FileProbe.Of(path)));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Matches(@"^Cannot read 'leaderboard-text\.json' line \d+: the JSON is malformed or truncated", ex.Message);
    }

    [Fact]
    public void A_rating_that_is_not_a_number_is_named_by_its_json_path()
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "2025-03-07")).FullName;
        var path = Path.Combine(folder, "leaderboard-text.json");
        File.WriteAllText(path, """{ "full": { "gpt-4o": { "rating": "high", "rating_q025": 1, "rating_q975": 2 } } }""");

        var ex = Assert.Throws<AiRaceException>(() => new LmArenaCatalogLeaderboardImporter().Read(FileProbe.Of(path)));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("at $.full[\"gpt-4o\"].rating: value \"high\" is not a number", ex.Message, StringComparison.Ordinal);
    }
}
