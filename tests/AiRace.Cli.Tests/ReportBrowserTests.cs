using System.Text.RegularExpressions;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>Opens the HTML report and a chart in headless Chromium and checks that the charts render.</summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [ChromiumFact]
    public void The_html_report_opens_in_chromium_with_its_svg_charts_in_the_dom()
    {
        var html = _dir.File("report.html");
        Assert.Equal(0, CliRunner.Run("report", "--db", _dir.File("s.duckdb"), "--lang", "vi", "--output", html).Code);

        var dom = Chromium.Run(_dir.File("profile"), "--dump-dom", new Uri(html).AbsoluteUri);

        Assert.Contains("Trung Quốc có đang bắt kịp Mỹ về AI không?", dom, StringComparison.Ordinal);
        Assert.Contains("<nav id=\"contents\"", dom, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(dom, "<svg[ >]"));
        Assert.True(Regex.Count(dom, "<polyline") > 5, "the charts' lines are in the parsed DOM");
        Assert.Contains("<figure id=\"chart-frontier-starter-gpqa-diamond\"", dom, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void A_chart_screenshot_is_far_richer_than_a_blank_image_of_the_same_size()
    {
        var md = _dir.File("report.md");
        Assert.Equal(0, CliRunner.Run("report", "--db", _dir.File("s.duckdb"), "--output", md).Code);
        var blank = _dir.File("blank.svg");
        File.WriteAllText(blank, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"380\"><rect width=\"760\" height=\"380\" fill=\"white\"/></svg>");

        var chartPng = Screenshot(_dir.File("report-frontier-starter-mmlu.svg"), "chart.png");
        var blankPng = Screenshot(blank, "blank.png");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(chartPng)[..4]);
        var chartBytes = new FileInfo(chartPng).Length;
        var blankBytes = new FileInfo(blankPng).Length;
        Assert.True(chartBytes > 5 * blankBytes, $"chart screenshot {chartBytes} B against blank {blankBytes} B: the chart did not render");
    }

    public void Dispose() => _dir.Dispose();

    private string Screenshot(string file, string png)
    {
        var path = _dir.File(png);
        Chromium.Run(_dir.File("profile-" + png), $"--screenshot={path}", "--window-size=760,380", new Uri(file).AbsoluteUri);
        Assert.True(File.Exists(path), $"Chromium wrote no screenshot for {file}");
        return path;
    }
}
