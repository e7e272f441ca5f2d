using AiRace.Core;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class OpenRouterWeeklyImporterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [RealDataFact]
    public void A_weekly_file_gives_one_row_per_listed_model_with_the_files_own_total_and_no_all_traffic_total()
    {
        var probe = FileProbe.Of(SharedData.File("openrouter-weekly-johnbean393/2026-03-09.json"));
        var importer = FileImporters.For(probe);

        Assert.IsType<OpenRouterWeeklyImporter>(importer);
        var rows = importer.Read(probe).Usage;

        // By reading the file: 10 models, "total_tokens": 8345000000000, Monday 2026-03-09 = reading day, so the week of 2026-03-02.
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal((8_345_000_000_000L, 10, (long?)null, false, new DateOnly(2026, 3, 2)), (r.ListedTotal, r.ListedModels, r.SourceTotal, r.HasOtherRow, r.Week)));
        var step = rows.Single(r => r.Slug == "stepfun/step-3.5-flash:free");
        Assert.Equal(("stepfun/step-3.5-flash", "free", true, true, 5, 748_000_000_000L), (step.BaseSlug, step.Variant, step.IsFree, step.SourceIsFree!.Value, step.Rank, step.TotalTokens));
    }

    [RealDataFact]
    public void In_removed_upstream_the_free_flag_comes_from_the_slug_and_the_files_flag_is_not_kept()
    {
        var probe = FileProbe.Of(SharedData.File("openrouter-weekly-johnbean393/removed_upstream/2025-02-16.json"));
        var rows = FileImporters.For(probe)!.Read(probe).Usage;

        // The file says is_free false for deepseek/deepseek-r1:free and true for google/gemini-flash-1.5 (read with python3 json).
        var r1 = rows.Single(r => r.Slug == "deepseek/deepseek-r1:free");
        Assert.Equal((true, (bool?)null), (r1.IsFree, r1.SourceIsFree));
        Assert.False(rows.Single(r => r.Slug == "google/gemini-flash-1.5").IsFree);
        var beta = rows.Single(r => r.Slug == "anthropic/claude-3.5-sonnet:beta");
        Assert.Equal(("anthropic/claude-3.5-sonnet", "beta", false), (beta.BaseSlug, beta.Variant, beta.IsFree));
        Assert.Equal((new DateOnly(2025, 2, 10), 606_543_609_530L), (rows[0].Week, rows[0].ListedTotal));
    }

    [Fact]
    public void A_model_without_tokens_is_bad_data_naming_the_file_and_the_slug()
    {
        var path = Path.Combine(_dir.Path, "2025-03-02.json");
        File.WriteAllText(path, """{"date": "2025-03-02", "models": [{"rank": 1, "slug": "x/y", "name": "Y", "total_tokens": "lots", "percent_change": 0}]}""");
        var probe = FileProbe.Of(path);

        var ex = Assert.Throws<AiRaceException>(() => FileImporters.For(probe)!.Read(probe));

        Assert.Equal(ErrorKind.BadData, ex.Kind);
        Assert.Contains("'2025-03-02.json'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("x/y", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"lots\"", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
