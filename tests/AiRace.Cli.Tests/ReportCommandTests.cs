using System.Text.Json;
using System.Text.RegularExpressions;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed partial class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    [Fact]
    public void On_an_empty_store_the_report_shows_the_starter_data_and_says_so()
    {
        var (code, output, err) = CliRunner.Run("report", "--db", Db);
        var all = CliRunner.Run("report", "--db", Db, "--all");
        var again = CliRunner.Run("report", "--db", Db);

        Assert.True(code == 0, err);
        Assert.Contains("The store is empty: showing the bundled starter dataset", output, StringComparison.Ordinal);
        Assert.Contains("GPQA Diamond (starter data)", output, StringComparison.Ordinal);
        Assert.Contains("Months behind", output, StringComparison.Ordinal);
        Assert.Contains("AiRace starter dataset", output, StringComparison.Ordinal);
        // python3 over the starter CSVs: GPQA Diamond, US Gemini 3 Pro 91.9 against CN Kimi K2 Thinking 84.5 (gap 7.4).
        Assert.Contains("+7.4 pp", output, StringComparison.Ordinal);
        Assert.True(all.Code == 0, all.Err);
        Assert.Contains("Source: AiRace starter dataset", all.Out, StringComparison.Ordinal);
        Assert.Contains("United States ahead of China by 7.4 pp", all.Out, StringComparison.Ordinal);
        Assert.Equal(0, again.Code);
        // The starter data is shown from memory, never written: the second run shows it again and the store stays absent.
        Assert.Contains("The store is empty: showing", again.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void In_vietnamese_the_report_translates_wording_dates_and_numbers()
    {
        var (code, output, err) = CliRunner.Run("report", "--db", Db, "--lang", "vi");
        var all = CliRunner.Run("report", "--db", Db, "--lang", "vi", "--all");

        Assert.True(code == 0, err);
        Assert.True(all.Code == 0, all.Err);
        Assert.StartsWith("── Trung Quốc có đang bắt kịp Mỹ về AI không?", output.Split('\n')[1], StringComparison.Ordinal);
        Assert.Contains("Kho dữ liệu đang trống", output, StringComparison.Ordinal);
        Assert.Contains("+7,4 điểm %", output, StringComparison.Ordinal);
        Assert.Contains("Mỹ dẫn trước Trung Quốc 7,4 điểm %", all.Out, StringComparison.Ordinal);
        Assert.Contains("Số tháng tụt hậu", output, StringComparison.Ordinal);
        Assert.Contains("Định nghĩa", output, StringComparison.Ordinal);
        Assert.Contains("18/11/2025", output, StringComparison.Ordinal);
        Assert.Contains("ngày 24 tháng 11 năm 2025", output, StringComparison.Ordinal);
        Assert.Contains("91,9", all.Out, StringComparison.Ordinal);
        foreach (var english in new[] { "Months behind", " ahead of ", "Definitions", "Lead change", "Source:", "2025-11-18", "supported", "not measurable" })
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
            Assert.DoesNotContain(english, all.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_output_embeds_the_headline_charts_with_unique_ids()
    {
        var path = _dir.File("report.html");

        var (code, output, err) = CliRunner.Run("report", "--db", Db, "--output", path);

        Assert.True(code == 0, err);
        Assert.Contains("Wrote", output, StringComparison.Ordinal);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        // The lead bars, the lead over time, and the frontiers of each of the starter's three metrics.
        Assert.Equal(5, Regex.Count(html, "<svg "));
        Assert.Contains("<nav id=\"contents\"", html, StringComparison.Ordinal);
        Assert.Contains("<polyline", html, StringComparison.Ordinal);
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_writes_the_svg_charts_beside_it_and_links_them()
    {
        var path = _dir.File("report.md");

        var (code, _, err) = CliRunner.Run("report", "--db", Db, "--lang", "vi", "--all", "--output", path);

        Assert.True(code == 0, err);
        var md = File.ReadAllText(path);
        Assert.StartsWith("# Trung Quốc có đang bắt kịp Mỹ về AI không?", md, StringComparison.Ordinal);
        foreach (var chart in new[] { "ahead", "gap-history", "frontier-starter-gpqa-diamond", "all-metrics", "starter-gpqa-diamond", "starter-mmlu", "starter-mmlu-pro" })
        {
            var svg = _dir.File($"report-{chart}.svg");
            Assert.True(File.Exists(svg), svg);
            Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
            Assert.Contains($"](report-{chart}.svg)", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_json_twin_of_the_headline_gives_its_figures_as_numbers()
    {
        var (code, output, err) = CliRunner.Run("report", "--db", Db, "--format", "json");

        Assert.True(code == 0, err);
        Assert.Contains("showing the bundled starter dataset", err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        var gpqa = doc.RootElement.GetProperty("measures")[0];
        Assert.Equal("starter-gpqa-diamond", gpqa.GetProperty("metric").GetString());
        Assert.Equal("2025-11-18", gpqa.GetProperty("latest").GetProperty("date").GetString());
        Assert.Equal(7.4, Math.Round(gpqa.GetProperty("latest").GetProperty("gap").GetDouble(), 1));
        Assert.StartsWith("AiRace starter dataset", gpqa.GetProperty("sources")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_all_the_json_twin_lists_sections_and_figures_with_definition_as_of_and_source()
    {
        var (code, output, err) = CliRunner.Run("report", "--db", Db, "--all", "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var sections = doc.RootElement.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(
            ["ahead", "widening", "odds", "adoption", "usage", "claims", "odds-detail", "all-metrics", "starter-gpqa-diamond", "starter-mmlu", "starter-mmlu-pro", "adoption-tables", "usage-tables", "method"],
            sections.Select(s => s.GetProperty("id").GetString()));
        var figure = sections[8].GetProperty("blocks").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString() == "figures").GetProperty("figures")[0];
        Assert.Equal("2025-11-18", figure.GetProperty("as_of").GetString());
        Assert.Equal("+7.4 pp", figure.GetProperty("value").GetString());
        Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("definition").GetString()));
        Assert.StartsWith("AiRace starter dataset", figure.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output", "report.pdf", "'report.pdf'")]
    [InlineData("--lang", "fr", "'fr'")]
    public void An_unsupported_output_or_language_is_a_usage_error_naming_it(string option, string value, string named)
    {
        var (code, _, err) = CliRunner.Run("report", "--db", Db, option, value);

        Assert.Equal(1, code);
        Assert.Contains(named, err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
