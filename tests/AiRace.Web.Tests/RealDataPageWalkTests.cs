using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Web.Tests;

public sealed class RealDataPageWalkTests(RealStoreDashboardFixture dashboard) : IClassFixture<RealStoreDashboardFixture>
{
    [RealDataTheory]
    [MemberData(nameof(Pages.RealData), MemberType = typeof(Pages))]
    public async Task Every_page_on_the_imported_store_answers_with_its_twins(string page)
    {
        await PageChecks.PageAndTwins(dashboard.Client, page);
    }

    [RealDataFact]
    public async Task The_compare_json_of_lmarena_text_is_the_gap_result_of_us_and_china()
    {
        using var doc = JsonDocument.Parse(await dashboard.Client.GetStringAsync("/compare.json?metric=lmarena-text&a=US&b=CN"));
        var root = doc.RootElement;

        Assert.Equal("lmarena-text", root.GetProperty("metric").GetString());
        Assert.Equal("US", root.GetProperty("a").GetString());
        Assert.Equal("CN", root.GetProperty("b").GetString());
        var last = root.GetProperty("points").EnumerateArray().Last();
        Assert.Equal(
            last.GetProperty("a").GetProperty("score").GetDouble() - last.GetProperty("b").GetProperty("score").GetDouble(),
            last.GetProperty("gap").GetDouble(),
            6);
        Assert.NotEmpty(root.GetProperty("sources").EnumerateArray());
    }
}
