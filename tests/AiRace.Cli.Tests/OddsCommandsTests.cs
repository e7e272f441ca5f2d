using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>
/// <c>airace trend</c> and <c>airace forecast</c> on the real LMArena history (alltime.csv), with an attribution override
/// written here so the country of every lab that matters is explicit. The store is the collection's shared
/// <see cref="RealStoreFixture"/> (read only here).
/// </summary>
[Collection(AlltimeStoreCollection.Name)]
public sealed class OddsCommandsTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RealStoreFixture _store;

    public OddsCommandsTests(RealStoreFixture store)
    {
        _store = store;
        File.WriteAllLines(Attribution, [
            "organization,country",
            "OpenAI,US", "Google,US", "Anthropic,US", "Meta,US", "xAI,US", "Microsoft,US", "Amazon,US", "Nvidia,US", "IBM,US",
            "DeepSeek,CN", "DeepSeek AI,CN", "Alibaba,CN", "Zhipu,CN", "Zhipu AI,CN", "01 AI,CN", "StepFun,CN", "Tencent,CN", "Tsinghua,CN",
        ]);
    }

    private string Db => _store.Db;

    private string Attribution => _dir.File("attribution.csv");

    [RealDataFact]
    public void Forecast_by_a_date_answers_that_window_and_says_which_definition_it_used()
    {
        using var doc = Forecast("--as-of", "2025-03-31", "--by", "2025-12-31");
        var root = doc.RootElement;
        var h = Assert.Single(root.GetProperty("horizons").EnumerateArray().ToList());
        var from = DateOnly.Parse(root.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((new DateOnly(2025, 12, 31).DayNumber - from.DayNumber) / 365.25, h.GetProperty("years").GetDouble(), 3);
        Assert.Contains("through 2025-12-31", root.GetProperty("definition").GetString(), StringComparison.Ordinal);
        Assert.Contains("strictly above", root.GetProperty("definition").GetString(), StringComparison.Ordinal);
    }

    [RealDataFact]
    public void With_too_little_history_on_one_scale_the_forecast_says_so_before_any_number()
    {
        // alltime.csv alone has one year since the 2024-03-27 rating-method break: no back-test window is complete.
        using var doc = Forecast("--as-of", "2025-03-31");
        var root = doc.RootElement;
        Assert.Equal("base-rate", root.GetProperty("model").GetProperty("name").GetString());
        Assert.StartsWith("The pooled back-test has no scored forecasts", root.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.All(root.GetProperty("horizons").EnumerateArray(), h => Assert.Equal(JsonValueKind.Null, h.GetProperty("p_any_time").ValueKind));
    }

    [RealDataFact]
    public void Forecast_starts_from_the_gap_and_months_behind_on_the_last_snapshot()
    {
        using var doc = Forecast("--as-of", "2025-03-31");
        var model = doc.RootElement.GetProperty("model");

        // The model starts from the record frontiers (running maxima of each group's best rating over all snapshots up to
        // 20250326): 1443.27 (US) and 1362.92 (CN), computed with a python loop over alltime.csv.
        Assert.Equal(1443.27 - 1362.92, model.GetProperty("initial_gap").GetDouble(), tolerance: 0.01);
        // Checked with python over alltime.csv: the US frontier first reached 1359.52 on 20241120, 126 days before 20250326.
        Assert.Equal(126 / (365.25 / 12), model.GetProperty("months_behind_now").GetDouble(), 3);
    }

    [RealDataFact]
    public void The_same_seed_gives_the_same_forecast()
    {
        var a = CliRunner.Run(ForecastArgs("--seed", "5"));
        var b = CliRunner.Run(ForecastArgs("--seed", "5"));
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
    }

    [RealDataFact]
    public void An_earlier_as_of_uses_less_data()
    {
        using var early = Forecast("--as-of", "2024-12-31");
        var level = early.RootElement.GetProperty("model").GetProperty("leader").GetProperty("level_date").GetString();
        Assert.True(string.CompareOrdinal(level, "2024-12-31") <= 0, level);
    }

    [RealDataFact]
    public void Trend_json_gives_a_verdict_with_its_interval_and_three_months_behind_methods()
    {
        var (code, output, err) = CliRunner.Run(
            "trend", "--metric", "lmarena-text", "--between", "US,CN", "--from", "2024-01-01", "--to", "2025-03-26",
            "--format", "json", "--db", Db, "--attribution", Attribution);
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;

        Assert.Contains(root.GetProperty("verdict").GetString(), new[] { "widening", "narrowing", "no significant change" });
        var ci = root.GetProperty("points").GetProperty("ci90").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.True(ci[0] <= ci[1]);
        // 1442.96 − 1359.52 on 20250326 (data README reference values).
        Assert.Equal(83.44, root.GetProperty("points").GetProperty("last").GetDouble(), tolerance: 0.01);
        var methods = root.GetProperty("months_behind_methods").EnumerateArray().ToList();
        Assert.Equal(["horizontal", "first-match", "threshold"], methods.Select(m => m.GetProperty("method").GetString()));
        // On a snapshot metric only the horizontal method stays on one scale; the other two say why they give no figure.
        Assert.Equal(JsonValueKind.Number, methods[0].GetProperty("months").ValueKind);
        foreach (var m in methods.Skip(1))
        {
            Assert.Equal(JsonValueKind.Null, m.GetProperty("months").ValueKind);
            Assert.Contains("different snapshots", m.GetProperty("not_estimable").GetString(), StringComparison.Ordinal);
        }
    }

    [RealDataFact]
    public void Trend_table_prints_the_question_and_the_verdict()
    {
        var (code, output, _) = CliRunner.Run("trend", "--metric", "lmarena-text", "--between", "US,CN", "--db", Db, "--attribution", Attribution);
        Assert.Equal(0, code);
        Assert.Contains("Is the gap widening?", output, StringComparison.Ordinal);
        Assert.Contains("first-match", output, StringComparison.Ordinal);
    }

    [RealDataTheory]
    [InlineData("nope", "forecast", "--metric", "nope", "--between", "US,CN")]
    [InlineData("soon", "forecast", "--metric", "lmarena-text", "--between", "US,CN", "--horizon", "soon")]
    [InlineData("'psychic'", "forecast", "--metric", "lmarena-text", "--between", "US,CN", "--model", "psychic")]
    [InlineData("31/03/2025", "forecast", "--metric", "lmarena-text", "--between", "US,CN", "--as-of", "31/03/2025")]
    [InlineData("'US'", "trend", "--metric", "lmarena-text", "--between", "US")]
    [InlineData("2024-01-01", "trend", "--metric", "lmarena-text", "--between", "US,CN", "--from", "2025-01-01", "--to", "2024-01-01")]
    public void Bad_input_is_a_usage_error_naming_the_value(string named, params string[] args)
    {
        var (code, _, err) = CliRunner.Run([.. args, "--db", Db]);
        Assert.Equal(1, code);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();

    private JsonDocument Forecast(params string[] extra)
    {
        var (code, output, err) = CliRunner.Run(ForecastArgs(extra));
        Assert.True(code == 0, err);
        return JsonDocument.Parse(output);
    }

    private string[] ForecastArgs(params string[] extra) =>
    [
        "forecast", "--metric", "lmarena-text", "--between", "US,CN", "--horizon", "1y,3y,5y", "--paths", "20000",
        "--backtest-paths", "300", "--format", "json", "--db", Db, "--attribution", Attribution, .. extra,
    ];
}
