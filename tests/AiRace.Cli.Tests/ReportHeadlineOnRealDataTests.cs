using AiRace.Application.Odds;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiRace.Application.Frontiers;
using AiRace.Application.Headline;
using AiRace.Application.Text;
using AiRace.Application.Report;
using AiRace.Application.Report.Model;
using AiRace.Application.Report.Sections;
using AiRace.Sources.Attribution;
using AiRace.Store;
using AiRace.Testing;
using Spectre.Console;

namespace AiRace.Cli.Tests;

/// <summary>
/// The headline report (<c>airace report</c>) on the fully imported store: one page on a 120-column terminal, the six answers
/// in order in each language, the JSON twin, <c>--all</c> and <c>--metric</c>, the HTML table of contents and sign-correct bars.
/// </summary>
public sealed partial class ReportHeadlineOnRealDataTests : IClassFixture<FullImportFixture>, IDisposable
{
    /// <summary>The terminal width the headline must fit, and the most lines it may take there.</summary>
    private const int Width = 120;
    private const int MaxLines = 150;

    private readonly FullImportFixture _store;
    private readonly TempDirectory _dir = new();

    public ReportHeadlineOnRealDataTests(FullImportFixture store) => _store = store;

    [RealDataTheory]
    [InlineData("en")]
    [InlineData("vi")]
    public void On_a_120_column_terminal_the_headline_fits_in_150_lines_and_answers_the_six_questions_in_order(string language)
    {
        var text = TextCatalog.For(language);
        var (code, output, err) = Run120("report", "--db", _store.Db, "--lang", language);

        Assert.True(code == 0, err);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(lines.Length <= MaxLines, $"{lines.Length} lines:\n{output}");
        Assert.All(lines, l => Assert.True(l.Length <= Width, $"{l.Length} columns: {l}"));
        Assert.StartsWith("── " + text.HeadlineQuestion, lines[0], StringComparison.Ordinal);
        string[] titles = [text.AheadTitle, text.WideningTitle, text.OddsHeadlineTitle, text.AdoptionHeadlineTitle, text.UsageHeadlineTitle, text.ClaimsHeadlineTitle];
        var at = titles.Select(t => output.IndexOf("── " + t, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0, output));
        Assert.Equal(at.Order(), at);

        // The key measures only (one bar each), none of the 29 LMArena categories.
        using var store = AiRaceStore.OpenReadOnly(_store.Db);
        var names = store.Metrics().ToDictionary(m => m.Id, m => text.MetricName(m.Id, m.Name));
        var ahead = output[at[0]..at[1]];
        Assert.Equal(HeadlineQuery.KeyMetrics.Count, ahead.Split('\n').Count(l => l.Contains('█', StringComparison.Ordinal)));
        Assert.Contains(names["epoch-eci"], ahead, StringComparison.Ordinal);
        Assert.DoesNotContain(names["lmarena-text-coding"], output, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void The_headline_quotes_the_months_behind_of_the_behind_command_and_the_verdict_of_the_trend_command()
    {
        var headline = Run("report", "--db", _store.Db);
        var behind = Run("behind", "--db", _store.Db, "--metric", "epoch-eci", "--between", "US,CN", "--format", "json");
        var trend = Run("trend", "--db", _store.Db, "--metric", "epoch-eci", "--between", "US,CN", "--format", "json");

        using var b = JsonDocument.Parse(behind);
        using var t = JsonDocument.Parse(trend);
        var months = b.RootElement.GetProperty("estimate").GetProperty("months").GetDouble();
        var verdict = t.RootElement.GetProperty("verdict").GetString()!;
        var row = headline.Split('\n').First(l => l.Contains("Epoch Capabilities Index", StringComparison.Ordinal) && l.Contains("latest edition", StringComparison.Ordinal));
        Assert.Contains(TextCatalog.English.Number(months), row, StringComparison.Ordinal);
        Assert.Contains(headline.Split('\n'), l => l.Contains("Epoch Capabilities Index", StringComparison.Ordinal) && l.Contains(verdict, StringComparison.Ordinal));
    }

    [RealDataFact]
    public void The_json_twin_is_the_headline_result_with_every_figure_a_number()
    {
        using var json = JsonDocument.Parse(Run("report", "--db", _store.Db, "--format", "json"));
        var root = json.RootElement;

        Assert.Equal(["as_of", "between", "measures", "adoption", "usage", "claims", "odds"], root.EnumerateObject().Select(p => p.Name));
        // The odds: the forecast command's document on the first key measure, its model chosen by the pooled back-test.
        var odds = root.GetProperty("odds");
        Assert.Equal(HeadlineQuery.KeyMetrics[0], odds.GetProperty("metric").GetString());
        Assert.Equal(OvertakeOdds.HorizonsYears, odds.GetProperty("horizons").EnumerateArray().Select(h => h.GetProperty("years").GetDouble()));
        Assert.All(odds.GetProperty("horizons").EnumerateArray(), h => Assert.InRange(h.GetProperty("p_any_time").GetDouble(), 0, 1));
        Assert.True(odds.GetProperty("backtest").GetProperty("pooled").GetProperty("races").GetInt32() > 100);
        Assert.Equal("CN", odds.GetProperty("model").GetProperty("between").GetProperty("follower").GetString());
        var measures = root.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(HeadlineQuery.KeyMetrics, measures.Select(m => m.GetProperty("metric").GetString()));
        foreach (var m in measures)
        {
            var latest = m.GetProperty("latest");
            Assert.Equal(JsonValueKind.Number, latest.GetProperty("gap").ValueKind);
            Assert.Equal(JsonValueKind.Number, latest.GetProperty("gap_percent").ValueKind);
            Assert.Equal(JsonValueKind.Number, m.GetProperty("months_behind").GetProperty("months").ValueKind);
            Assert.Equal(JsonValueKind.Number, m.GetProperty("trend").GetProperty("points").GetProperty("slope_per_year").ValueKind);
            Assert.Contains(m.GetProperty("trend").GetProperty("verdict").GetString(), new[] { "widening", "narrowing", "no-significant-change" });
            Assert.True(m.GetProperty("history").GetArrayLength() > 0);
            Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("scale").GetString()));
        }

        Assert.Equal(JsonValueKind.Number, root.GetProperty("usage").GetProperty("latest").GetProperty("shares").GetProperty("CN").ValueKind);
        Assert.Contains(root.GetProperty("claims").EnumerateArray(), c => c.GetProperty("verdict").GetString() == "supported");
    }

    [RealDataFact]
    public void All_adds_every_metrics_section_and_metric_prints_one()
    {
        var all = Run("report", "--db", _store.Db, "--all");
        var one = Run("report", "--db", _store.Db, "--metric", "epoch-eci");

        Assert.Contains("── " + TextCatalog.English.ClaimsHeadlineTitle, all, StringComparison.Ordinal);
        Assert.Contains("(lmarena-text-coding)", all, StringComparison.Ordinal);
        Assert.Contains("── " + TextCatalog.English.AllMetricsTitle, all, StringComparison.Ordinal);
        Assert.Contains("(epoch-eci)", one, StringComparison.Ordinal);
        Assert.DoesNotContain("(lmarena-text)", one, StringComparison.Ordinal);
        Assert.DoesNotContain(TextCatalog.English.AheadTitle, one, StringComparison.Ordinal);
        var (code, _, err) = CliRunner.Run("report", "--db", _store.Db, "--metric", "no-such-metric");
        Assert.Equal(1, code);
        Assert.Contains("no-such-metric", err, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void The_html_has_a_table_of_contents_linking_every_section_and_the_headline_charts()
    {
        var path = _dir.File("report.html");
        Assert.Equal(0, CliRunner.Run("report", "--db", _store.Db, "--output", path).Code);
        var html = File.ReadAllText(path);

        var nav = html[html.IndexOf("<nav id=\"contents\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        var sections = SectionId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["ahead", "widening", "odds", "adoption", "usage", "claims"], sections);
        Assert.All(sections, id => Assert.Contains($"href=\"#{id}\"", nav, StringComparison.Ordinal));
        Assert.Contains("<figure id=\"chart-ahead\"", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"chart-gap-history\"", html, StringComparison.Ordinal);
        Assert.All(HeadlineQuery.KeyMetrics, id => Assert.Contains($"<figure id=\"chart-frontier-{id}\"", html, StringComparison.Ordinal));
        Assert.True(html.Length < 2_000_000, $"{html.Length} characters");
    }

    [RealDataFact]
    public void A_china_led_row_is_drawn_negative_in_the_every_metric_bars()
    {
        using var store = AiRaceStore.OpenReadOnly(_store.Db);
        var ctx = new ReportContext(store, new FrontierSource(store, AttributionPolicy.For(store, null)), TextCatalog.English, starterLoaded: false);
        var chart = new AllMetricsSection().Build(ctx).Single().Blocks.OfType<ReportChart>().Single();

        var chinaLed = ctx.Metrics
            .Select(m => (Metric: m, Latest: ctx.Compare(m, ReportContext.UnitedStates, ReportContext.China).Gap.Latest))
            .Where(x => x.Latest?.GapPercent is not null && AiRace.Core.Analysis.Gap.Leader(x.Latest, x.Metric.HigherIsBetter) < 0)
            .Select(x => ctx.MetricName(x.Metric))
            .ToList();
        Assert.NotEmpty(chinaLed);
        Assert.All(chinaLed, name => Assert.True(chart.Bars.Single(b => b.Label == name).Value < 0, name));
        Assert.Contains(chart.Bars, b => b.Value > 0);
        var bars = (OxyPlot.Series.BarSeries)chart.Plot.Series.Single();
        Assert.Contains(bars.Items, i => i.Value < 0);
    }

    public void Dispose() => _dir.Dispose();

    private static string Run(params string[] args)
    {
        var (code, output, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        return output;
    }

    /// <summary>Runs the CLI with a fixed-width (120 columns) Spectre console, as on a terminal.</summary>
    private static (int Code, string Out, string Err) Run120(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = AiRaceApp.Run(args, stdout, stderr, w =>
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(w),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = Width;
            return console;
        });
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex("<section id=\"([^\"]+)\">")]
    private static partial Regex SectionId();
}
