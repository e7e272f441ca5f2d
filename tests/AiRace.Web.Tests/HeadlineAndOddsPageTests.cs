using System.Text.Json;
using AiRace.Application.Headline;
using AiRace.Application.Odds;
using AiRace.Application.Text;
using AiRace.Testing;

namespace AiRace.Web.Tests;

/// <summary>
/// The home page is the report's headline (its six answers, by the report's own section builders) and the odds page the
/// report's odds section, both on the one odds use case (<see cref="OvertakeOdds"/>): on the imported real data.
/// </summary>
public sealed class HeadlineAndOddsPageTests(RealStoreDashboardFixture dashboard) : IClassFixture<RealStoreDashboardFixture>
{
    [RealDataTheory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task The_home_page_shows_the_six_answers_of_the_report_in_order(string language)
    {
        var text = TextCatalog.For(language);
        var body = await dashboard.Client.GetStringAsync("/?lang=" + language);

        var titles = new[] { text.AheadTitle, text.WideningTitle, text.OddsHeadlineTitle, text.AdoptionHeadlineTitle, text.UsageHeadlineTitle, text.ClaimsHeadlineTitle };
        var at = titles.Select(t => body.IndexOf(Html(t), StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i > 0, $"a headline section is missing: {string.Join(" | ", titles)}"));
        Assert.Equal(at.Order(), at);
        Assert.Contains(Html(text.HeadlineQuestion), body, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", body, StringComparison.Ordinal);
    }

    [RealDataFact]
    public async Task The_home_json_is_the_headline_with_the_same_odds_as_the_odds_page()
    {
        using var home = JsonDocument.Parse(await dashboard.Client.GetStringAsync("/index.json"));
        var headline = home.RootElement.GetProperty("headline");
        Assert.Equal(HeadlineQuery.KeyMetrics, headline.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("metric").GetString()));
        var odds = headline.GetProperty("odds");
        var metric = odds.GetProperty("metric").GetString();

        using var page = JsonDocument.Parse(await dashboard.Client.GetStringAsync($"/odds.json?metric={metric}&a=US&b=CN"));
        var forecast = page.RootElement.GetProperty("forecast");

        Assert.Equal(Probabilities(odds), Probabilities(forecast));
        Assert.Equal(odds.GetProperty("model").GetProperty("name").GetString(), forecast.GetProperty("model").GetProperty("name").GetString());
        Assert.All(Probabilities(forecast), p => Assert.InRange(p, 0, 1));
    }

    [RealDataFact]
    public async Task The_odds_do_not_depend_on_the_order_of_the_groups_the_leader_is_whoever_is_ahead()
    {
        using var us = JsonDocument.Parse(await dashboard.Client.GetStringAsync("/odds.json?metric=epoch-eci&a=US&b=CN"));
        using var cn = JsonDocument.Parse(await dashboard.Client.GetStringAsync("/odds.json?metric=epoch-eci&a=CN&b=US"));

        var a = us.RootElement.GetProperty("forecast");
        var b = cn.RootElement.GetProperty("forecast");
        Assert.Equal("US", a.GetProperty("model").GetProperty("between").GetProperty("leader").GetString());
        Assert.Equal("US", b.GetProperty("model").GetProperty("between").GetProperty("leader").GetString());
        Assert.Equal(Probabilities(a), Probabilities(b));
    }

    [RealDataTheory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task The_odds_page_shows_the_probabilities_the_back_test_the_reliability_diagram_and_the_references(string language)
    {
        var text = TextCatalog.For(language);
        var body = await dashboard.Client.GetStringAsync($"/odds?metric=lmarena-text&a=US&b=CN&lang={language}");
        using var json = JsonDocument.Parse(await dashboard.Client.GetStringAsync("/odds.json?metric=lmarena-text&a=US&b=CN"));
        var forecast = json.RootElement.GetProperty("forecast");

        foreach (var column in text.OddsColumns.Concat(text.ReliabilityColumns).Concat(text.ReferencesColumns))
        {
            Assert.Contains(Html(column), body, StringComparison.Ordinal);
        }

        // The first horizon's probability as the page prints it, and the reliability diagram as a figure with its text alternative.
        Assert.Contains(text.Probability(forecast.GetProperty("horizons")[0].GetProperty("p_any_time").GetDouble()), body, StringComparison.Ordinal);
        Assert.Contains("<figure role=\"img\"", body, StringComparison.Ordinal);
        Assert.Contains("<svg", body, StringComparison.Ordinal);
        Assert.Contains("Lin Junyang", body, StringComparison.Ordinal);
        Assert.Contains(forecast.GetProperty("references").EnumerateArray(), r => r.GetProperty("who").GetString()!.StartsWith("Lin Junyang", StringComparison.Ordinal));
        Assert.True(forecast.GetProperty("backtest").GetProperty("pooled").GetProperty("races").GetInt32() > 100);
    }

    private static List<double> Probabilities(JsonElement forecast) =>
        [.. forecast.GetProperty("horizons").EnumerateArray().Select(h => h.GetProperty("p_any_time").GetDouble())];

    /// <summary>A text as the pages write it (the dashboard's encoder: every script's letters kept).</summary>
    private static string Html(string text) => Encoder.Encode(text);

    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
}
