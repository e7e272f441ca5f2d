using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Sources.Files;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

/// <summary>
/// Gap and months behind on the real <c>alltime.csv</c>. The expected figures were computed independently with python3
/// (csv.DictReader over the file; a hand-made Organization → country map: Google, OpenAI, Meta, Anthropic, xAI, Microsoft,
/// Nvidia, Amazon, Reka AI → US; Alibaba, 01 AI, DeepSeek, DeepSeek AI, Zhipu AI, Zhipu, Tsinghua, Tencent, StepFun,
/// InternLM → CN; per date the best rating of each country; t = the earliest first appearance in the file of a US model rated ≥ the CN best
/// on that same date (a score is never compared across snapshots);
/// months = days / (365.25/12)). The same map is used here, so the bundled organizations table does not matter.
/// </summary>
public sealed class AlltimeGapRealDataTests
{
    private static readonly Lazy<(FrontierSeries Us, FrontierSeries Cn)> Series = new(Load);

    [RealDataTheory]
    [InlineData("2025-03-26", "gemini-2.5-pro-exp-03-25", 1442.96, "deepseek-r1", 1359.52, 83.44, 5.78, 4.140, "2024-11-20")]
    [InlineData("2025-01-24", "gemini-2.0-flash-thinking-exp-01-21", 1381.80, "deepseek-r1", 1357.00, 24.80, 1.79, 2.136, "2024-11-20")]
    [InlineData("2024-12-10", "gemini-exp-1206", 1376.78, "yi-lightning", 1287.08, 89.71, 6.52, 4.304, "2024-08-01")]
    [InlineData("2024-06-17", "gpt-4o-2024-05-13", 1286.88, "yi-large-preview", 1239.55, 47.33, 3.68, 4.468, "2024-02-02")]
    public void Gap_and_months_behind_on_a_date_match_the_hand_check(
        string date, string usModel, double usScore, string cnModel, double cnScore, double gap, double gapPercent, double months, string reached)
    {
        var (us, cn) = Series.Value;
        var d = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var g = Gap.Compute(us, cn).Points.Single(p => p.Date == d);
        var b = HorizontalBehind.Series(us, cn, DateWindow.All).Points.Single(p => p.Date == d);

        Assert.Equal(usModel, g.A.ModelKey);
        Assert.Equal(usScore, g.A.Score, 2);
        Assert.Equal(cnModel, g.B.ModelKey);
        Assert.Equal(cnScore, g.B.Score, 2);
        Assert.Equal(gap, g.Gap, 2);
        Assert.Equal(gapPercent, g.GapPercent!.Value, 2);
        Assert.Equal(months, b.MonthsBehind!.Value, 3);
        Assert.Equal(DateOnly.Parse(reached, System.Globalization.CultureInfo.InvariantCulture), b.LeaderMatch!.Date);
    }

    [RealDataFact]
    public void The_2024_to_March_2025_window_has_93_comparable_dates_and_no_lead_change()
    {
        var (us, cn) = Series.Value;

        var series = Gap.Compute(us, cn, new DateWindow(new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 31)));

        Assert.Equal(93, series.Points.Count);
        Assert.Empty(series.LeadChanges);
        Assert.All(series.Points, p => Assert.True(p.Gap > 0));
        Assert.True(us.UnplacedModels > 0, "models of labs outside the test's map are counted as unplaced");
    }

    private static (FrontierSeries, FrontierSeries) Load()
    {
        var probe = FileProbe.Of(SharedData.File("lmarena-history-jasontrigg0/alltime.csv"));
        var batch = FileImporters.For(probe)!.Read(probe);
        var directory = new OrganizationDirectory(
        [
            Org("Google", "US"), Org("OpenAI", "US"), Org("Meta", "US"), Org("Anthropic", "US"), Org("xAI", "US"),
            Org("Microsoft", "US"), Org("Nvidia", "US"), Org("Amazon", "US"), Org("Reka AI", "US"),
            Org("Alibaba", "CN"), Org("01 AI", "CN"), Org("DeepSeek", "CN", "DeepSeek AI"), Org("Zhipu AI", "CN", "Zhipu"),
            Org("Tsinghua", "CN"), Org("Tencent", "CN"), Org("StepFun", "CN"), Org("InternLM", "CN"),
        ]);
        var policy = new CountryAttribution(directory);
        var catalog = batch.Models.ToDictionary(
            m => m.Key,
            m =>
            {
                var r = policy.Resolve(m.Organization, m.SourceCountry);
                return new CatalogModel(m.Key, m.Name, r.Organization, r.Country, r.Rule, m.Openness, m.ReleaseDate);
            });
        var metric = batch.Metrics.Single();
        return (Frontier.Compute(metric, batch.Observations, catalog, GroupSpec.Parse("US")),
            Frontier.Compute(metric, batch.Observations, catalog, GroupSpec.Parse("CN")));
    }

    private static OrganizationEntry Org(string name, string country, params string[] aliases) =>
        new(name, aliases, country, "https://example.org/test", [], [], null);
}
