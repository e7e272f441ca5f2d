using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>
/// <c>airace gap</c> on the real alltime.csv. Expected values were computed with python3 over the file (best rating per
/// country and date with the same organization → country map as <see cref="RealStoreFixture"/>).
/// </summary>
[Collection(AlltimeStoreCollection.Name)]
public sealed class GapCommandTests
{
    private readonly RealStoreFixture _store;

    public GapCommandTests(RealStoreFixture store) => _store = store;

    [RealDataFact]
    public void Gap_json_has_the_documented_keys_and_the_hand_checked_values()
    {
        var (code, output, err) = _store.Run("gap", "--metric", "lmarena-text", "--between", "US,CN", "--from", "2024-01-01", "--to", "2025-03-31", "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(
            ["a", "b", "definition", "lead_changes", "metric", "points", "sources", "unit", "unplaced_models"],
            root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("lmarena-text", root.GetProperty("metric").GetString());
        Assert.Equal("US", root.GetProperty("a").GetString());
        Assert.Equal("CN", root.GetProperty("b").GetString());
        Assert.Contains("frontier(A) − frontier(B)", root.GetProperty("definition").GetString(), StringComparison.Ordinal);
        Assert.Contains("LMArena", root.GetProperty("sources")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, root.GetProperty("lead_changes").GetArrayLength());

        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(93, points.Count);
        Assert.All(points, p => Assert.Equal(
            ["a", "b", "date", "gap", "gap_percent"], p.EnumerateObject().Select(x => x.Name).Order(StringComparer.Ordinal)));
        var last = points[^1];
        Assert.Equal("2025-03-26", last.GetProperty("date").GetString());
        Assert.Equal("Gemini-2.5-Pro-Exp-03-25", last.GetProperty("a").GetProperty("model").GetString());
        Assert.Equal(1442.96, last.GetProperty("a").GetProperty("score").GetDouble(), 2);
        Assert.Equal("DeepSeek-R1", last.GetProperty("b").GetProperty("model").GetString());
        Assert.Equal(1359.52, last.GetProperty("b").GetProperty("score").GetDouble(), 2);
        Assert.Equal(83.44, last.GetProperty("gap").GetDouble(), 2);
        Assert.Equal(5.78, last.GetProperty("gap_percent").GetDouble(), 2);
        var dec10 = points.Single(p => p.GetProperty("date").GetString() == "2024-12-10");
        Assert.Equal("Yi-Lightning", dec10.GetProperty("b").GetProperty("model").GetString());
        Assert.Equal(89.71, dec10.GetProperty("gap").GetDouble(), 2);
    }

    [RealDataFact]
    public void At_takes_the_latest_comparison_date_on_or_before_it()
    {
        // Snapshots exist on 2025-03-20 and 2025-03-25; --at 2025-03-24 takes 03-20 (python3: Grok-3-Preview-02-24
        // 1404.04 against DeepSeek-R1 1359.72, gap 44.32).
        var (code, output, err) = _store.Run("gap", "--metric", "lmarena-text", "--between", "US,CN", "--at", "2025-03-24", "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var p = Assert.Single(doc.RootElement.GetProperty("points").EnumerateArray());
        Assert.Equal("2025-03-20", p.GetProperty("date").GetString());
        Assert.Equal("Grok-3-Preview-02-24", p.GetProperty("a").GetProperty("model").GetString());
        Assert.Equal(44.32, p.GetProperty("gap").GetDouble(), 2);
    }

    [RealDataFact]
    public void An_unknown_metric_exits_1_with_one_line_listing_the_available_metric_ids()
    {
        var (code, _, err) = _store.Run("gap", "--metric", "lmarena-txt", "--between", "US,CN");

        Assert.Equal(1, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'lmarena-txt'", line, StringComparison.Ordinal);
        Assert.Contains("lmarena-text", line, StringComparison.Ordinal);
    }

    [RealDataTheory]
    [InlineData("--from", "2024-13-01")]
    [InlineData("--to", "yesterday")]
    [InlineData("--at", "26/03/2025")]
    public void A_bad_date_exits_1_naming_the_value(string option, string value)
    {
        var (code, _, err) = _store.Run("gap", "--metric", "lmarena-text", "--between", "US,CN", option, value);

        Assert.Equal(1, code);
        Assert.Contains($"{option} '{value}'", err, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", err, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void At_with_a_window_and_an_unknown_group_are_usage_errors()
    {
        Assert.Equal(1, _store.Run("gap", "--metric", "lmarena-text", "--between", "US,CN", "--at", "2025-01-01", "--from", "2024-01-01").Code);
        var (code, _, err) = _store.Run("gap", "--metric", "lmarena-text", "--between", "US,China");
        Assert.Equal(1, code);
        Assert.Contains("'China'", err, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Table_output_states_the_definition_sources_and_unplaced_models_and_csv_has_a_header()
    {
        var table = _store.Run("gap", "--metric", "lmarena-text", "--between", "US,CN", "--from", "2025-03-01");
        var csv = _store.Run("gap", "--metric", "lmarena-text", "--between", "US,CN", "--from", "2025-03-01", "--format", "csv");

        Assert.Equal(0, table.Code);
        Assert.Contains("Definition: gap = frontier(A)", table.Out, StringComparison.Ordinal);
        Assert.Contains("Sources: LMArena", table.Out, StringComparison.Ordinal);
        Assert.Contains("Unplaced models", table.Out, StringComparison.Ordinal);
        Assert.StartsWith("date,a_group,a_model,a_score,b_group,b_model,b_score,gap,gap_percent", csv.Out, StringComparison.Ordinal);
        Assert.Contains("2025-03-26,US,Gemini-2.5-Pro-Exp-03-25,", csv.Out, StringComparison.Ordinal);
    }
}
