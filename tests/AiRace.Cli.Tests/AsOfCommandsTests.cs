using System.Globalization;
using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>Every read command honours the global <c>--as-of</c>: on the full import its output ends by that date.</summary>
public sealed class AsOfCommandsTests : IClassFixture<FullImportFixture>
{
    private readonly FullImportFixture _store;

    public AsOfCommandsTests(FullImportFixture store) => _store = store;

    private JsonElement Json(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json", "--db", _store.Db]);
        Assert.True(code == 0, $"airace {string.Join(' ', args)}: exit {code}: {err}");
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.Clone();
    }

    private static DateOnly Day(JsonElement e) => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<DateOnly> PointDates(JsonElement root, string list = "points") =>
        [.. root.GetProperty(list).EnumerateArray().Select(p => Day(p.GetProperty("date")))];

    [RealDataTheory]
    [InlineData("gap", "lmarena-text", "2024-12-31")]
    [InlineData("behind", "lmarena-text", "2024-12-31")]
    [InlineData("behind", "epoch-eci", "2024-06-30")]
    public void Gap_and_behind_end_by_the_as_of_date(string command, string metric, string asOf)
    {
        var day = DateOnly.Parse(asOf, CultureInfo.InvariantCulture);
        var all = PointDates(Json(command, "--metric", metric, "--between", "US,CN"));
        var then = PointDates(Json(command, "--metric", metric, "--between", "US,CN", "--as-of", asOf));

        Assert.True(all.Max() > day);
        Assert.NotEmpty(then);
        Assert.True(then.Max() <= day, $"{command} ends on {then.Max()}");
    }

    [RealDataFact]
    public void Trend_as_of_the_end_of_2024_ends_by_then()
    {
        var all = Json("trend", "--metric", "lmarena-text", "--between", "US,CN");
        var then = Json("trend", "--metric", "lmarena-text", "--between", "US,CN", "--as-of", "2024-12-31");
        var day = new DateOnly(2024, 12, 31);

        Assert.True(Day(all.GetProperty("to")) > day);
        Assert.True(Day(then.GetProperty("to")) <= day, then.GetProperty("to").GetString());
        Assert.True(PointDates(then, "series").Max() <= day);
    }

    [RealDataFact]
    public void Usage_as_of_mid_2025_ends_by_then()
    {
        var day = new DateOnly(2025, 6, 30);
        var all = PointDates(Json("usage"));
        var then = PointDates(Json("usage", "--as-of", "2025-06-30"));

        Assert.True(all.Max() > day);
        Assert.NotEmpty(then);
        Assert.True(then.Max() <= day, $"usage ends on {then.Max()}");
    }

    [RealDataFact]
    public void Adoption_as_of_a_middle_snapshot_ends_on_it()
    {
        var all = PointDates(Json("adoption"));
        var middle = all[all.Count / 2];
        var then = PointDates(Json("adoption", "--as-of", middle.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.True(all.Max() > middle);
        Assert.Equal(middle, then.Max());
    }

    [RealDataFact]
    public void Metrics_as_of_a_date_end_by_it()
    {
        var day = new DateOnly(2024, 6, 30);
        var metrics = Json("metrics", "--as-of", "2024-06-30").EnumerateArray().ToList();

        Assert.NotEmpty(metrics);
        Assert.All(metrics, m => Assert.True(Day(m.GetProperty("last_date")) <= day, m.GetProperty("id").GetString()));
    }

    [RealDataTheory]
    [InlineData("models")]
    [InlineData("orgs")]
    [InlineData("sources")]
    public void Catalog_commands_accept_the_as_of_date_and_list_nothing_retrieved_after_it(string command)
    {
        var rows = Json(command, "--as-of", "2024-06-30").EnumerateArray().ToList();

        Assert.NotEmpty(rows);
        Assert.All(
            rows.Where(r => r.TryGetProperty("retrieved_at", out var at) && at.ValueKind == JsonValueKind.String),
            r => Assert.True(DateTimeOffset.Parse(r.GetProperty("retrieved_at").GetString()!, CultureInfo.InvariantCulture) < new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [RealDataTheory]
    [InlineData("gap", "US,XX", "'XX'", "Known countries:")]
    [InlineData("behind", "lab:DeepSek,US", "'lab:DeepSek'", "Known labs: lab:DeepSeek,")]
    [InlineData("trend", "US,lab:DeepSek", "'lab:DeepSek'", "Known labs: lab:DeepSeek,")]
    public void An_unknown_group_exits_1_with_one_line_naming_the_known_spellings(string command, string between, string named, string known)
    {
        var (code, output, err) = CliRunner.Run(command, "--metric", "lmarena-text", "--between", between, "--db", _store.Db);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains(known, line, StringComparison.Ordinal);
    }
}
