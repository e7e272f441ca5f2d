using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class LmArenaBoardCsvImporterTests
{
    private static ImportBatch Read(string relative)
    {
        var probe = FileProbe.Of(SharedData.File(relative));
        var importer = FileImporters.For(probe);
        Assert.IsType<LmArenaBoardCsvImporter>(importer);
        return importer.Read(probe);
    }

    // Figures read with python3 csv.DictReader on each file: row count, then the first row.
    [RealDataTheory]
    [InlineData("2024-06-19", 109, "gpt-4o-2024-05-13", 1287, "+3/-3", 3, 3, 42046)] // header with arena_elo
    [InlineData("2024-07-07", 115, "gpt-4o-2024-05-13", 1287, "+4/-3", 4, 3, 55826)] // arena_score
    [InlineData("2024-10-16", 152, "chatgpt-4o-latest-2024-09-03", 1339, "+4/-4", 4, 4, 28488)] // rank_stylectrl added
    public void Reads_all_three_lmsys_header_versions_dated_by_their_folder(
        string folder, int rows, string firstKey, double score, string ci, double plus, double minus, long votes)
    {
        var batch = Read($"lmarena-fboulnois/lmsys/{folder}/lmsys.csv");

        Assert.Equal(rows, batch.Observations.Count);
        Assert.Equal(rows, batch.Models.Count);
        Assert.All(batch.Observations, o => Assert.Equal(DateOnly.Parse(folder, System.Globalization.CultureInfo.InvariantCulture), o.Date));
        Assert.All(batch.Observations, o => Assert.Equal("lmarena-text", o.MetricId));
        var first = batch.Observations[0];
        Assert.Equal(firstKey, first.ModelKey);
        Assert.Equal(score, first.Score);
        Assert.Equal(score - minus, first.CiLow);
        Assert.Equal(score + plus, first.CiHigh);
        Assert.Equal(votes, first.Votes);
        Assert.NotEmpty(ci);
        Assert.Equal(LmArenaModelKeys.Scope, batch.AliasScope);
    }

    [RealDataFact]
    public void Openness_comes_from_the_license_column()
    {
        var batch = Read("lmarena-fboulnois/lmsys/2024-06-19/lmsys.csv");

        // python3: GPT-4o-2024-05-13 is 'Proprietary' (OpenAI), LLaMA-13B (last row) 'Non-commercial'.
        Assert.Equal(Openness.Closed, batch.Models.Single(m => m.Key == "gpt-4o-2024-05-13").Openness);
        Assert.Equal(Openness.Open, batch.Models.Single(m => m.Key == "llama-13b").Openness);
        Assert.Equal("OpenAI", batch.Models.Single(m => m.Key == "gpt-4o-2024-05-13").Organization);
    }

    [RealDataFact]
    public void A_verified_display_name_goes_through_the_alias_table()
    {
        // 'Claude 3.5 Sonnet' (2024-07-07, 1272) is the June model; see Resources/model-aliases.csv.
        var batch = Read("lmarena-fboulnois/lmsys/2024-07-07/lmsys.csv");

        var o = batch.Observations.Single(x => x.ModelKey == "claude-3-5-sonnet-20240620");
        Assert.Equal(1272, o.Score);
        Assert.Equal("Claude 3.5 Sonnet", batch.Models.Single(m => m.Key == o.ModelKey).Name);
    }

    [RealDataFact]
    public void Lmarena_text_csv_is_dated_by_the_manifest_and_keeps_the_first_of_the_duplicate_yi_rows()
    {
        var batch = Read("lmarena-fboulnois/lmarena_text.csv");

        // README: 266 rows from 2025-08-06, 'Yi-34B-Chat' twice (python3: 265 distinct model names).
        Assert.Equal(265, batch.Observations.Count);
        Assert.All(batch.Observations, o => Assert.Equal(new DateOnly(2025, 8, 6), o.Date));
        var yi = batch.Observations.Single(o => o.ModelKey == "yi-34b-chat");
        Assert.Equal(1134, yi.Score);
        var top = batch.Observations[0];
        Assert.Equal(("gemini-2.5-pro", 1470.0, 1465.0, 1475.0, 26019L), (top.ModelKey, top.Score, top.CiLow!.Value, top.CiHigh!.Value, top.Votes!.Value));
    }

    [RealDataFact]
    public void Lmarena_vision_csv_is_its_own_metric_and_reads_the_typos()
    {
        var batch = Read("lmarena-fboulnois/lmarena_vision.csv");

        Assert.Equal(86, batch.Observations.Count);
        Assert.Equal("lmarena-vision", Assert.Single(batch.Metrics).Id);
        Assert.All(batch.Observations, o => Assert.Equal("lmarena-vision", o.MetricId));
        // 'Propretary' (Claude 3.5 Haiku) is closed; 'Aliaba' stays as written for the organizations table to resolve.
        Assert.Equal(Openness.Closed, batch.Models.Single(m => m.Name == "Claude 3.5 Haiku (20241022)").Openness);
        Assert.Equal("Aliaba", batch.Models.Single(m => m.Name == "Qwen2-VL-7B-Instruct").Organization);
    }

    [RealDataTheory]
    [InlineData("1257", "n/a", "arena_elo", "n/a")] // line 6: 4,GPT-4-Turbo-2024-04-09,1257,+3/-2,...
    [InlineData("+3/-2", "about 3", "95_pct_ci", "about 3")]
    public void A_bad_value_fails_with_one_line_naming_file_line_column_and_value(string good, string bad, string column, string shown)
    {
        using var dir = new TempDirectory();
        var lines = File.ReadAllLines(SharedData.File("lmarena-fboulnois/lmsys/2024-06-19/lmsys.csv"));
        lines[5] = lines[5].Replace("," + good + ",", "," + bad + ",", StringComparison.Ordinal);
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "2024-06-19")).FullName;
        var path = Path.Combine(folder, "lmsys.csv");
        File.WriteAllLines(path, lines);

        var ex = Assert.Throws<AiRaceException>(() => new LmArenaBoardCsvImporter().Read(FileProbe.Of(path)));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Contains("'lmsys.csv' line 6", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"column '{column}' is '{shown}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_score_column_is_named()
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "2024-06-19")).FullName;
        var path = Path.Combine(folder, "lmsys.csv");
        File.WriteAllLines(path, ["rank,model,elo,95_pct_ci,votes,organization,license", "1,A,1200,+1/-1,10,X,MIT"]);

        var ex = Assert.Throws<AiRaceException>(() => new LmArenaBoardCsvImporter().Read(FileProbe.Of(path)));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("column 'arena_elo' is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_board_with_no_folder_date_and_no_manifest_entry_is_refused_with_the_fix()
    {
        using var dir = new TempDirectory();
        var path = dir.File("lmarena_text.csv");
        File.WriteAllLines(path, ["rank,model,arena_score,95_pct_ci,votes,organization,license", "1,A,1200,+1/-1,10,X,MIT"]);

        var ex = Assert.Throws<AiRaceException>(() => new LmArenaBoardCsvImporter().Read(FileProbe.Of(path)));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("Cannot date 'lmarena_text.csv'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", ex.Message, StringComparison.Ordinal);
    }
}
