using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class UsageCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    [RealDataFact]
    public void Usage_json_gives_weekly_china_and_us_shares_of_listed_tokens_and_their_crossings()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.Folder("openrouter-weekly-johnbean393"), "--db", Db).Code);

        var (code, output, err) = CliRunner.Run("usage", "--by", "country", "--from", "2025-02-01", "--to", "2026-05-31", "--format", "json", "--db", Db);

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        foreach (var key in new[] { "measure", "definition", "denominator", "points", "crossings", "sources" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        }

        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(65, points.Count);
        Assert.All(points, p => Assert.All(p.GetProperty("shares").EnumerateObject(), s => Assert.InRange(s.Value.GetDouble(), 0, 1)));
        // python3 over 2026-03-09.json: CN (minimax, moonshotai, deepseek, stepfun) 4,194e9 of the file's 8,345e9 listed tokens.
        var week = points.Single(p => p.GetProperty("date").GetString() == "2026-03-02");
        Assert.Equal(4_194e9 / 8_345e9, week.GetProperty("shares").GetProperty("CN").GetDouble(), 9);
        Assert.Equal(8_345e9, week.GetProperty("total").GetDouble());
        Assert.Contains("top 9/10 only", root.GetProperty("denominator").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("crossings").EnumerateArray(), c => c.GetProperty("text").GetString() == "CN share first exceeded US share in the week of 2026-02-09");
        Assert.Equal("openrouter-weekly", root.GetProperty("sources")[0].GetProperty("kind").GetString());
    }

    [RealDataFact]
    public void Denominator_all_is_a_usage_error_that_names_the_fix()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.File("openrouter-weekly-johnbean393/2026-03-09.json"), "--db", Db).Code);

        var (code, _, err) = CliRunner.Run("usage", "--denominator", "all", "--db", Db);

        Assert.Equal(1, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("top 10 models", line, StringComparison.Ordinal);
        Assert.Contains("'listed' denominator", line, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Free_routes_kept_apart_show_as_their_own_model_group()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.File("openrouter-weekly-johnbean393/2026-03-09.json"), "--db", Db).Code);

        var (code, output, _) = CliRunner.Run("usage", "--by", "model", "--free", "separate", "--top", "0", "--format", "json", "--db", Db);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var shares = doc.RootElement.GetProperty("points")[0].GetProperty("shares");
        // 2026-03-09.json: stepfun/step-3.5-flash:free 748e9 of 8,345e9.
        Assert.Equal(748e9 / 8_345e9, shares.GetProperty("stepfun/step-3.5-flash:free").GetDouble(), 9);
    }

    [Theory]
    [InlineData("--by", "continent")]
    [InlineData("--free", "maybe")]
    [InlineData("--from", "2025/01/01")]
    public void A_wrong_option_value_is_a_usage_error_naming_it(string option, string value)
    {
        var (code, _, err) = CliRunner.Run("usage", option, value, "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains(value, err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_store_says_what_to_import()
    {
        using (AiRace.Store.AiRaceStore.Open(Db))
        {
        }

        var (code, _, err) = CliRunner.Run("usage", "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("openrouter-inference-stats", err, StringComparison.Ordinal);
        Assert.DoesNotContain("shared/data", err, StringComparison.Ordinal); // a path only developers have
    }

    public void Dispose() => _dir.Dispose();
}
