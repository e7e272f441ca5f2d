using System.Text.Json;

namespace AiRace.Cli.Tests;

public sealed class FullImportTests : IClassFixture<FullImportFixture>
{
    private readonly FullImportFixture _store;

    public FullImportTests(FullImportFixture store) => _store = store;

    [Fact]
    public void Every_supported_file_imports_without_error()
    {
        Assert.Contains(" 0 failed.", _store.ImportOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\nfailed", _store.ImportOutput, StringComparison.Ordinal);
        Assert.Contains("imported  lmarena-alltime", _store.ImportOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_import_of_everything_adds_nothing()
    {
        var before = CliRunner.Run("metrics", "--db", _store.Db, "--format", "json").Out;
        var (code, output, _) = CliRunner.Run("import", Testing.RepoPaths.SharedData, "--db", _store.Db);

        Assert.Equal(0, code);
        Assert.Contains("0 imported (0 rows)", output, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.Run("metrics", "--db", _store.Db, "--format", "json").Out);
    }

    [Fact]
    public void Lmarena_text_spans_2023_05_08_to_april_2026_and_epoch_eci_is_listed()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("metrics", "--db", _store.Db, "--format", "json").Out);
        var metrics = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        Assert.Equal("2023-05-08", metrics["lmarena-text"].GetProperty("first_date").GetString());
        Assert.StartsWith("2026-04", metrics["lmarena-text"].GetProperty("last_date").GetString(), StringComparison.Ordinal);
        Assert.Equal("release-dated", metrics["epoch-eci"].GetProperty("kind").GetString());
        Assert.Equal(142, metrics["epoch-eci"].GetProperty("observations").GetInt64());
    }

    [Theory]
    [InlineData("lmarena-text")]
    [InlineData("lmarena-text-coding")]
    [InlineData("lmarena-text-chinese")]
    [InlineData("lmarena-code")]
    [InlineData("lmarena-vision")]
    [InlineData("epoch-eci")]
    [InlineData("aa-intelligence-index")]
    [InlineData("aa-coding-index")]
    public void No_unresolved_organization_has_a_model_in_a_leaderboards_top_20(string metric)
    {
        var (code, output, _) = CliRunner.Run("orgs", "--unresolved", "--metric", metric, "--db", _store.Db, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var offenders = doc.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("best_rank").ValueKind == JsonValueKind.Number && e.GetProperty("best_rank").GetInt64() <= 20)
            .Select(e => e.GetProperty("organization").GetString())
            .ToList();
        Assert.Empty(offenders);
    }
}
