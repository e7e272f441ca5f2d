namespace AiRace.Web.Tests;

public sealed class PageWalkTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Theory]
    [MemberData(nameof(Pages.Data), MemberType = typeof(Pages))]
    public async Task Every_page_is_html_with_its_csp_and_announces_a_json_twin_that_answers(string page)
    {
        await PageChecks.PageAndTwins(dashboard.Client, page);
    }

    [Theory]
    [MemberData(nameof(Pages.Data), MemberType = typeof(Pages))]
    public async Task Every_page_is_in_vietnamese_with_lang_vi_and_its_links_keep_the_language(string page)
    {
        var url = page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=vi";

        var body = await dashboard.Client.GetStringAsync(url);

        Assert.Contains("<html lang=\"vi\">", body, StringComparison.Ordinal);
        Assert.Contains("Ngôn ngữ", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/claims?lang=vi\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_english_page_links_to_its_vietnamese_twin()
    {
        var body = await dashboard.Client.GetStringAsync("/compare?metric=m&a=US&b=CN");

        Assert.Contains("hreflang=\"vi\"", body, StringComparison.Ordinal);
        Assert.Contains("lang=vi", body, StringComparison.Ordinal);
    }
}
