using AiRace.Cli.Report.Writers;
using AiRace.Application.Report.Model;
using System.Globalization;
using AiRace.Application.Odds;
using AiRace.Application.Report.Sections;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class OddsSectionsTests
{
    private static readonly Metric Metric = new("test-eci", "Test", MetricKind.ReleaseDated, true, "ECI", "test");

    // The follower climbs faster than the leader: the gap narrows.
    private static readonly FrontierSeries Leader = Series("US", 100, 2, 0);
    private static readonly FrontierSeries Follower = Series("CN", 80, 3, 9);

    [Theory]
    [InlineData("en", "## Is the gap widening?", "narrowing", "| horizontal |")]
    [InlineData("vi", "## Khoảng cách có đang nới rộng không?", "đang thu hẹp", "khoảng cách ngang")]
    public void The_trend_section_states_the_verdict_and_the_three_measures(string language, string title, string verdict, string method)
    {
        var result = GapTrendAnalysis.Run(Leader, Follower, null, new DateOnly(2025, 6, 1));
        var text = RenderTrend(result, "test-eci", "US", "CN", language);

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(verdict, text, StringComparison.Ordinal);
        Assert.Contains(method, text, StringComparison.Ordinal);
        Assert.Contains("threshold", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "## The odds", "At any time", "Assumptions:", "Reliability")]
    [InlineData("vi", "## Xác suất vượt lên", "Vào bất kỳ lúc nào", "Giả định:", "Độ tin cậy")]
    public void The_odds_section_shows_the_model_its_calibration_the_reliability_bins_and_the_assumptions(
        string language, string title, string column, string assumptions, string reliability)
    {
        var result = Forecast(b => b);
        Assert.NotNull(result.Forecast.Model);
        var text = RenderOdds(result, "simulated", "A", "B", AiRace.Application.Text.TextCatalog.For(language));

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(column, text, StringComparison.Ordinal);
        Assert.Contains(assumptions, text, StringComparison.Ordinal);
        Assert.Contains(reliability, text, StringComparison.Ordinal);
        // "Strictly above" in Vietnamese is "cao hơn (không tính bằng nhau)"; "cao hơn hẳn" would mean "markedly higher".
        Assert.Contains(language == "en" ? "strictly above" : "cao hơn kỷ lục của A (không tính bằng nhau)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cao hơn hẳn", text, StringComparison.Ordinal);
        Assert.Contains("Brier", text, StringComparison.Ordinal);
        Assert.Contains("Platt", text, StringComparison.Ordinal);
        if (language == "vi")
        {
            // The model line, the pooled and the race's back-test and the definition, in Vietnamese and with Vietnamese numbers.
            Assert.Contains("Mô hình in ra:", text, StringComparison.Ordinal);
            Assert.Contains("có điểm log gộp tốt nhất", text, StringComparison.Ordinal);
            Assert.Contains("cuộc đua này", text, StringComparison.Ordinal);
            Assert.Contains("Định nghĩa: vượt lên", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\b0\.\d", text);
            Assert.Matches(@"\b0,\d", text);
        }
    }

    [Fact]
    public void When_no_model_beats_the_base_rate_the_section_says_so_first_and_prints_no_model_probability()
    {
        var result = Forecast(b => b with { Best = null });
        var text = RenderOdds(result, "simulated", "A", "B", AiRace.Application.Text.TextCatalog.English);
        var body = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.StartsWith("No model beat the base rate", body[0], StringComparison.Ordinal);
        Assert.Equal("base-rate", result.Forecast.ModelName);
        Assert.All(result.Forecast.Horizons, h => Assert.Equal(h.BaseRate, h.PAnyTime));
        Assert.DoesNotContain("Model printed:", text, StringComparison.Ordinal);
    }

    private static readonly IReadOnlyList<Race> Races = SimulatedRaces.Generate(60, 60, 3);

    private static readonly PooledBacktestResult Backtest = PooledBacktest.Run(Races, new PooledBacktestOptions(1, 300));

    private static ForecastResult Forecast(Func<PooledBacktestResult, PooledBacktestResult> change)
    {
        var races = Races;
        var backtest = change(Backtest);
        var race = races.First(r => r.A.Points[^1].Score > r.B.Points[^1].Score);
        var f = OvertakeForecast.Run(races, race, new ForecastOptions(race.DataEnd, [1, 3], 4_000, 1), backtest);
        var (model, baseRate, never) = backtest.ForRace(race.Id, f.Model);
        return new ForecastResult(SimulatedRaces.Metric, "A", "B", f, model, baseRate, never, []);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var result = GapTrendAnalysis.Run(Leader, Follower, null, new DateOnly(2025, 6, 1));
        var ex = Assert.Throws<AiRaceException>(() => RenderTrend(result, "m", "US", "CN", "fr"));
        Assert.Contains("'fr'", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The trend section as the Markdown writer prints it.</summary>
    private static string RenderTrend(GapTrendResult r, string metric, string leader, string follower, string language) =>
        MarkdownReportWriter.Render(GapTrendSection.Build(r, metric, leader, follower, AiRace.Application.Text.TextCatalog.For(language)));

    /// <summary>The odds section as the Markdown writer prints it.</summary>
    private static string RenderOdds(ForecastResult r, string metric, string leader, string follower, AiRace.Application.Text.TextCatalog text) =>
        MarkdownReportWriter.Render(new ReportSection("odds", text.OddsTitle, OddsSection.Blocks(r, metric, leader, follower, text)));

    private static FrontierSeries Series(string group, double start, double step, int dayOffset) =>
        new(Metric, GroupSpec.Parse(group),
            [.. Enumerable.Range(0, 30).Select(i =>
            {
                var d = new DateOnly(2023, 1, 1).AddMonths(i).AddDays(dayOffset);
                return new FrontierPoint(d, start + step * i + (i % 3) * 0.4, $"{group}-{i.ToString(CultureInfo.InvariantCulture)}", d);
            })],
            0);
}
