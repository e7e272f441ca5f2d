using System.Globalization;
using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>
/// <c>airace forecast</c> on the whole of ../shared/data (the done-when commands): the printed model beats the
/// base rate on the pooled back-test in both Brier and log score, with enough forecasts and overtakes, reliability bins
/// with their counts, and the references beside it on their own definitions.
/// </summary>
public sealed class OddsOnRealDataTests : IClassFixture<FullImportFixture>, IDisposable
{
    private readonly FullImportFixture _store;
    private readonly TempDirectory _dir = new();

    public OddsOnRealDataTests(FullImportFixture store) => _store = store;

    [RealDataTheory]
    [InlineData("lmarena-text", "US,CN", "2026-04-12")]
    [InlineData("epoch-eci", "US,CN", "2025-10-15")]
    public void The_printed_model_earned_its_place_on_the_pooled_back_test(string metric, string between, string asOf)
    {
        using var doc = Forecast("--metric", metric, "--between", between, "--as-of", asOf);
        var root = doc.RootElement;
        Assert.Equal(
            ["metric", "definition", "as_of", "from", "headline", "horizons", "model", "backtest", "references"],
            root.EnumerateObject().Select(p => p.Name));
        var model = root.GetProperty("model");
        var pooled = root.GetProperty("backtest").GetProperty("pooled");
        Assert.Equal(model.GetProperty("name").GetString(), pooled.GetProperty("model").GetString());
        Assert.NotEqual("base-rate", model.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("headline").ValueKind);
        Assert.True(pooled.GetProperty("beats_base_rate").GetBoolean());
        Assert.True(pooled.GetProperty("brier").GetDouble() < pooled.GetProperty("baseline_brier").GetProperty("base_rate").GetDouble());
        Assert.True(pooled.GetProperty("log_score").GetDouble() < pooled.GetProperty("baseline_log_score").GetProperty("base_rate").GetDouble());
        Assert.True(pooled.GetProperty("forecasts").GetInt32() >= 200);
        Assert.True(pooled.GetProperty("events").GetInt32() >= 20);
        var bins = pooled.GetProperty("reliability").EnumerateArray().ToList();
        Assert.Equal(pooled.GetProperty("forecasts").GetInt32(), bins.Sum(b => b.GetProperty("n").GetInt32()));
        Assert.All(bins, b => Assert.True(b.GetProperty("low").GetDouble() < b.GetProperty("high").GetDouble()));
        var calibration = model.GetProperty("calibration");
        Assert.True(calibration.GetProperty("b").GetDouble() > 0);

        var previous = 0.0;
        foreach (var h in root.GetProperty("horizons").EnumerateArray())
        {
            var p = h.GetProperty("p_any_time").GetDouble();
            var ci = h.GetProperty("ci90").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.InRange(p, previous, 1);
            Assert.InRange(p, ci[0], ci[1]);
            previous = p;
        }

        var priced = root.GetProperty("references").EnumerateArray()
            .Where(r => r.GetProperty("model_probability").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(priced);
        Assert.All(priced, r => Assert.Contains("strictly above", r.GetProperty("model_definition").GetString(), StringComparison.Ordinal));
    }

    [RealDataFact]
    public void By_a_date_answers_the_Polymarket_question_on_its_own_definition()
    {
        using var doc = Forecast("--metric", "lmarena-text", "--between", "US,CN", "--by", "2026-12-31", "--as-of", "2026-06-30");
        var root = doc.RootElement;
        var h = Assert.Single(root.GetProperty("horizons").EnumerateArray().ToList());
        var from = DateOnly.Parse(root.GetProperty("from").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(from <= new DateOnly(2026, 6, 30));
        Assert.Equal((new DateOnly(2026, 12, 31).DayNumber - from.DayNumber) / 365.25, h.GetProperty("years").GetDouble(), 3);
        Assert.Contains("through 2026-12-31", root.GetProperty("definition").GetString(), StringComparison.Ordinal);
        var polymarket = root.GetProperty("references").EnumerateArray().Single(r =>
            r.GetProperty("who").GetString()!.StartsWith("Polymarket", StringComparison.Ordinal) && r.GetProperty("end_date").GetString() == "2026-12-31");
        Assert.Equal("lmarena-text", polymarket.GetProperty("metric").GetString());
        Assert.Contains($"{from:yyyy-MM-dd} to 2026-12-31", polymarket.GetProperty("model_definition").GetString(), StringComparison.Ordinal);
        Assert.Equal(h.GetProperty("p_any_time").GetDouble(), polymarket.GetProperty("model_probability").GetDouble(), 4);
    }

    [RealDataFact]
    public void A_named_model_is_the_one_printed_and_a_references_file_adds_rows_beside_it()
    {
        var refs = _dir.File("refs.csv");
        File.WriteAllLines(refs, [
            "who,date,statement,probability_low,probability_high,definition,horizon_years,source_url",
            "Test panel,2025-01-01,Under 20% within 3 years,,20%,overtake-any-time,3,https://example.org/panel",
        ]);
        using var doc = Forecast("--metric", "epoch-eci", "--between", "US,CN", "--model", "hazard", "--references", refs);
        Assert.Equal("hazard", doc.RootElement.GetProperty("model").GetProperty("name").GetString());
        var row = doc.RootElement.GetProperty("references").EnumerateArray().Single(r => r.GetProperty("who").GetString() == "Test panel");
        var from = DateOnly.Parse(doc.RootElement.GetProperty("from").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal((new DateOnly(2028, 1, 1).DayNumber - from.DayNumber) / 365.25, row.GetProperty("model_horizon_years").GetDouble(), 3);
        Assert.InRange(row.GetProperty("model_probability").GetDouble(), 0, 1);
    }

    public void Dispose() => _dir.Dispose();

    private JsonDocument Forecast(params string[] args)
    {
        var (code, output, err) = CliRunner.Run(["forecast", .. args, "--paths", "20000", "--format", "json", "--db", _store.Db]);
        Assert.True(code == 0, err);
        return JsonDocument.Parse(output);
    }
}
