using System.Globalization;
using AiRace.Cli.Sections;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Core.Odds;

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
        var text = GapTrendSection.Render(result, "test-eci", "US", "CN", language);

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(verdict, text, StringComparison.Ordinal);
        Assert.Contains(method, text, StringComparison.Ordinal);
        Assert.Contains("threshold", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "## The odds", "At any time", "Assumptions:")]
    [InlineData("vi", "## Xác suất vượt lên", "Vào bất kỳ lúc nào", "Giả định:")]
    public void The_odds_section_shows_probabilities_back_test_definition_and_assumptions(string language, string title, string column, string assumptions)
    {
        var result = OvertakeForecast.Run(Leader, Follower, new ForecastOptions(new DateOnly(2025, 6, 1), [1, 3], 5_000, 1) { BacktestPathsPerOrigin = 1_000 });
        var text = OddsSection.Render(result, "test-eci", "ECI", "US", "CN", language);

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(column, text, StringComparison.Ordinal);
        Assert.Contains(assumptions, text, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "strictly above" : "cao hơn hẳn", text, StringComparison.Ordinal);
        Assert.Contains("Brier", text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var result = GapTrendAnalysis.Run(Leader, Follower, null, new DateOnly(2025, 6, 1));
        var ex = Assert.Throws<AiRaceException>(() => GapTrendSection.Render(result, "m", "US", "CN", "fr"));
        Assert.Contains("'fr'", ex.Message, StringComparison.Ordinal);
    }

    private static FrontierSeries Series(string group, double start, double step, int dayOffset) =>
        new(Metric, GroupSpec.Parse(group),
            [.. Enumerable.Range(0, 30).Select(i =>
            {
                var d = new DateOnly(2023, 1, 1).AddMonths(i).AddDays(dayOffset);
                return new FrontierPoint(d, start + step * i + (i % 3) * 0.4, $"{group}-{i.ToString(CultureInfo.InvariantCulture)}", d);
            })],
            0);
}
