using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class FullImportTests : IClassFixture<FullImportFixture>
{
    private readonly FullImportFixture _store;

    public FullImportTests(FullImportFixture store) => _store = store;

    [RealDataFact]
    public void Every_supported_file_imports_without_error()
    {
        Assert.Contains(" 0 failed.", _store.ImportOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\nfailed", _store.ImportOutput, StringComparison.Ordinal);
        Assert.Contains("imported  lmarena-alltime", _store.ImportOutput, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_second_import_of_everything_adds_nothing()
    {
        var before = CliRunner.Run("metrics", "--db", _store.Db, "--format", "json").Out;
        var (code, output, _) = CliRunner.Run("import", Testing.RepoPaths.SharedData, "--db", _store.Db);

        Assert.Equal(0, code);
        Assert.Contains("0 imported (0 rows)", output, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.Run("metrics", "--db", _store.Db, "--format", "json").Out);
    }

    [RealDataFact]
    public void Lmarena_text_spans_2023_05_08_to_december_2025_style_control_runs_to_april_2026_and_epoch_eci_is_listed()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("metrics", "--db", _store.Db, "--format", "json").Out);
        var metrics = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        Assert.Equal("2023-05-08", metrics["lmarena-text"].GetProperty("first_date").GetString());
        Assert.Equal("2025-12-11", metrics["lmarena-text"].GetProperty("last_date").GetString());
        Assert.Equal("2026-04-12", metrics["lmarena-text-style-control"].GetProperty("last_date").GetString());
        Assert.Equal("release-dated", metrics["epoch-eci"].GetProperty("kind").GetString());
        Assert.Equal(142, metrics["epoch-eci"].GetProperty("observations").GetInt64());
    }

    [RealDataTheory]
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
            .Where(o => !DeliberatelyWithoutCountry(o))
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>A bundled row with no country is a stated call (RWKV: multinational; OpenRouter stealth models), not a gap in the tables.</summary>
    private static bool DeliberatelyWithoutCountry(string? organization) =>
        AiRace.Sources.Attribution.BundledOrganizations.Table.Find(organization) is { Country.Length: 0 };

    [RealDataFact]
    public void Behind_first_match_on_epoch_eci_reports_censored_leaders_with_an_interval()
    {
        var (code, output, err) = CliRunner.Run(
            "behind", "--metric", "epoch-eci", "--between", "US,CN", "--method", "first-match", "--db", _store.Db, "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var estimate = doc.RootElement.GetProperty("estimate");
        var leaders = doc.RootElement.GetProperty("leaders").EnumerateArray().ToList();
        var censored = leaders.Count(l => l.GetProperty("censored").GetBoolean());

        Assert.Equal("first-match", doc.RootElement.GetProperty("method").GetString());
        Assert.True(censored > 0, "the latest US frontier models (GPT-5, 2025-08-07, ECI 150) are not yet matched by a Chinese model");
        Assert.Equal(censored, estimate.GetProperty("censored").GetInt32());
        Assert.Equal(leaders.Count, estimate.GetProperty("n").GetInt32());
        Assert.All(leaders.Where(l => l.GetProperty("censored").GetBoolean()), l => Assert.Equal(JsonValueKind.Null, l.GetProperty("matched_by").ValueKind));
        var ci = estimate.GetProperty("ci90").EnumerateArray().Select(x => x.GetDouble()).ToList();
        Assert.InRange(estimate.GetProperty("months").GetDouble(), ci[0], ci[1]);
    }

    [RealDataFact]
    public void The_report_on_the_imported_store_has_every_section_with_sources()
    {
        var (code, output, err) = CliRunner.Run("report", "--db", _store.Db, "--all");

        Assert.True(code == 0, err);
        Assert.DoesNotContain("starter dataset first", output, StringComparison.Ordinal);
        foreach (var title in new[] { "How far ahead is the US?", "LMArena text (overall)", "Is the gap widening?", "The odds", "Adoption:", "Usage:", "Method and sources" })
        {
            Assert.Contains(title, output, StringComparison.Ordinal);
        }

        Assert.Contains("Epoch AI, CC BY 4.0", output, StringComparison.Ordinal);
        Assert.Contains("top 9/10", output, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void The_vietnamese_report_translates_the_new_sections()
    {
        var (code, output, err) = CliRunner.Run("report", "--lang", "vi", "--db", _store.Db);

        Assert.True(code == 0, err);
        Assert.Contains("Khoảng cách có đang nới rộng không?", output, StringComparison.Ordinal);
        Assert.Contains("Xác suất vượt lên", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Is the gap widening?", output, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Gap_as_of_a_date_ignores_everything_dated_or_retrieved_after_it()
    {
        var (code, output, err) = CliRunner.Run(
            "gap", "--metric", "lmarena-text", "--between", "US,CN", "--as-of", "2024-06-30", "--db", _store.Db, "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var dates = doc.RootElement.GetProperty("points").EnumerateArray().Select(p => DateOnly.Parse(p.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(dates);
        Assert.True(dates.Max() <= new DateOnly(2024, 6, 30), $"last point {dates.Max()}");
    }

    [RealDataTheory]
    [InlineData("lmarena-text")]
    [InlineData("epoch-eci")]
    public void Forecast_as_of_2025_03_31_gives_growing_probabilities_with_intervals_a_backtest_and_a_definition(string metric)
    {
        var (code, output, err) = CliRunner.Run(
            "forecast", "--metric", metric, "--between", "US,CN", "--as-of", "2025-03-31", "--paths", "20000", "--backtest-paths", "2000",
            "--db", _store.Db, "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("2025-03-31", root.GetProperty("as_of").GetString());
        Assert.Contains("strictly above", root.GetProperty("definition").GetString(), StringComparison.Ordinal);
        var anyTime = root.GetProperty("horizons").EnumerateArray().Select(h => h.GetProperty("p_any_time").GetDouble()).ToList();
        Assert.True(anyTime.Count >= 3);
        Assert.Equal(anyTime.Order().ToList(), anyTime);
        Assert.All(root.GetProperty("horizons").EnumerateArray(), h =>
        {
            var ci = h.GetProperty("ci90").EnumerateArray().Select(x => x.GetDouble()).ToList();
            Assert.InRange(h.GetProperty("p_any_time").GetDouble(), ci[0], ci[1]);
        });
        Assert.True(root.GetProperty("backtest").GetProperty("brier").ValueKind == JsonValueKind.Number);
    }

    [RealDataFact]
    public void Trend_on_epoch_eci_gives_a_verdict_with_its_interval()
    {
        var (code, output, err) = CliRunner.Run(
            "trend", "--metric", "epoch-eci", "--between", "US,CN", "--from", "2023-01-01", "--to", "2025-10-15", "--db", _store.Db, "--format", "json");

        Assert.True(code == 0, err);
        Assert.Matches("\"verdict\": \"(widening|narrowing|no significant change)\"", output);
        Assert.Contains("ci90", output, StringComparison.Ordinal);
    }
}
