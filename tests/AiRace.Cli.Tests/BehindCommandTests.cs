using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary><c>airace behind</c>. Real-file values were computed with python3 as described on <see cref="GapCommandTests"/>.</summary>
[Collection(AlltimeStoreCollection.Name)]
public sealed class BehindCommandTests
{
    private readonly RealStoreFixture _store;

    public BehindCommandTests(RealStoreFixture store) => _store = store;

    [RealDataFact]
    public void Behind_json_has_points_with_both_models_and_a_summary()
    {
        var (code, output, err) = _store.Run("behind", "--metric", "lmarena-text", "--between", "US,CN", "--from", "2024-12-01", "--to", "2025-03-31", "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        foreach (var key in new[] { "metric", "definition", "points", "summary" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing key '{key}'");
        }

        Assert.Equal(
            ["current", "current_lower_bound", "days", "lower_bounds", "max", "mean", "median", "min"],
            root.GetProperty("summary").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("365.25/12", root.GetProperty("definition").GetString(), StringComparison.Ordinal);

        // 2025-03-26: CN's DeepSeek-R1 (1359.52) was first matched by ChatGPT-4o-latest (2024-11-20) on 2024-11-20:
        // 126 days / 30.4375 = 4.140 months.
        var last = root.GetProperty("points").EnumerateArray().Last();
        Assert.Equal("2025-03-26", last.GetProperty("date").GetString());
        Assert.Equal(4.140, last.GetProperty("months_behind").GetDouble(), 3);
        Assert.Equal("DeepSeek-R1", last.GetProperty("follower").GetProperty("model").GetString());
        Assert.Equal("CN", last.GetProperty("follower").GetProperty("group").GetString());
        Assert.Equal("ChatGPT-4o-latest (2024-11-20)", last.GetProperty("leader").GetProperty("model").GetString());
        Assert.Equal("2024-11-20", last.GetProperty("leader").GetProperty("date").GetString());
        Assert.Equal(4.140, root.GetProperty("summary").GetProperty("current").GetDouble(), 3);

        // 2024-12-10: Yi-Lightning (1287.08); on that board the earliest-released US model rated at least that is
        // gemini-1.5-pro-exp-0801, first seen 2024-08-01: 131 days = 4.304 months (python3 over alltime.csv).
        var dec10 = root.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("date").GetString() == "2024-12-10");
        Assert.Equal(4.304, dec10.GetProperty("months_behind").GetDouble(), 3);
        Assert.Equal("2024-08-01", dec10.GetProperty("leader").GetProperty("date").GetString());
        var values = root.GetProperty("points").EnumerateArray()
            .Where(p => !p.GetProperty("lower_bound").GetBoolean())
            .Select(p => p.GetProperty("months_behind").GetDouble()).ToList();
        Assert.Equal(values.Min(), root.GetProperty("summary").GetProperty("min").GetDouble(), 3);
        Assert.Equal(values.Max(), root.GetProperty("summary").GetProperty("max").GetDouble(), 3);

        // The mean is over days: each board's value holds until the next board (the last for one day), bounds left out.
        var points = root.GetProperty("points").EnumerateArray().ToList();
        double sum = 0, days = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var from = DateOnly.Parse(points[i].GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var to = i + 1 < points.Count ? DateOnly.Parse(points[i + 1].GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture) : from.AddDays(1);
            if (!points[i].GetProperty("lower_bound").GetBoolean())
            {
                sum += points[i].GetProperty("months_behind").GetDouble() * (to.DayNumber - from.DayNumber);
                days += to.DayNumber - from.DayNumber;
            }
        }

        Assert.Equal(sum / days, root.GetProperty("summary").GetProperty("mean").GetDouble(), 2);
    }

    [RealDataFact]
    public void Behind_is_negative_when_the_follower_leads_on_the_starter_data()
    {
        using var dir = new TempDirectory();
        var db = dir.File("starter.duckdb");
        using (var store = AiRace.Store.AiRaceStore.Open(db))
        {
            AiRace.Sources.Starter.StarterDataset.LoadInto(store);
        }

        var (code, output, err) = CliRunner.Run("behind", "--metric", "starter-mmlu-pro", "--between", "US,CN", "--db", db, "--format", "json");

        // python3 over the starter CSVs: on 2025-05-28 CN (DeepSeek-R1-0528, 85.0) leads the US (Llama 4 Maverick, 80.5);
        // CN first reached 80.5 with DeepSeek-R1 on 2025-01-20: 128 days = 4.205 months, reported as −4.205.
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var last = doc.RootElement.GetProperty("points").EnumerateArray().Last();
        Assert.Equal("2025-05-28", last.GetProperty("date").GetString());
        Assert.Equal(-4.205, last.GetProperty("months_behind").GetDouble(), 3);
        Assert.Equal("US", last.GetProperty("follower").GetProperty("group").GetString());
        Assert.Equal("DeepSeek-R1", last.GetProperty("leader").GetProperty("model").GetString());
    }

    [RealDataFact]
    public void An_unknown_method_or_metric_is_a_usage_error()
    {
        var method = _store.Run("behind", "--metric", "lmarena-text", "--between", "US,CN", "--method", "vertical");
        var metric = _store.Run("behind", "--metric", "epoch-ecx", "--between", "US,CN");

        Assert.Equal(1, method.Code);
        Assert.Contains("'vertical'", method.Err, StringComparison.Ordinal);
        Assert.Equal(1, metric.Code);
        Assert.Contains("lmarena-text", metric.Err, StringComparison.Ordinal);
    }
}
