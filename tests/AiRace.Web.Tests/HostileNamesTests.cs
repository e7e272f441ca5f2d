using System.Text.Json;

namespace AiRace.Web.Tests;

public sealed class HostileNamesTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Theory]
    [MemberData(nameof(Pages.Data), MemberType = typeof(Pages))]
    public async Task No_page_writes_a_name_from_the_data_unescaped(string page)
    {
        var body = await dashboard.Client.GetStringAsync(page);

        foreach (var name in HostileNames.All)
        {
            Assert.DoesNotContain(name, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/models", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("/orgs", "&lt;img src=x onerror=alert(2)&gt;")]
    [InlineData("/orgs", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("/compare?metric=m&a=US&b=CN", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    public async Task The_hostile_names_are_shown_as_text(string page, string escaped)
    {
        var body = await dashboard.Client.GetStringAsync(page);

        Assert.Contains(escaped, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_twin_keeps_the_names_as_they_are()
    {
        using var doc = JsonDocument.Parse(await dashboard.Client.GetStringAsync("/models.json"));

        var names = doc.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Contains(HostileNames.Script, names);
    }
}
