using AiRace.Testing;
using Microsoft.Playwright;

namespace AiRace.Web.Tests;

/// <summary>Drives Debian's Chromium with Playwright over the running dashboard: charts render, the language switch works, no console errors (a CSP violation is one).</summary>
public sealed class BrowserTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [ChromiumFact]
    public async Task The_compare_page_renders_its_chart_switches_to_vietnamese_and_logs_no_error()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestRequirements.ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(new Uri(dashboard.Client.BaseAddress!, "/compare?metric=m&a=US&b=CN").AbsoluteUri);

        Assert.True(await page.Locator("figure svg polyline").CountAsync() >= 2, "both frontiers are drawn");
        var box = await page.Locator("figure svg").First.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 150 }, $"the chart has a size: {box?.Width}×{box?.Height}");
        Assert.NotEmpty(await page.Locator("figure").First.GetAttributeAsync("aria-label") ?? string.Empty);

        await page.ClickAsync("a[hreflang=vi]");

        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("lang=vi", page.Url, StringComparison.Ordinal);
        Assert.Contains("metric=m", page.Url, StringComparison.Ordinal);
        Assert.Contains("So sánh", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [ChromiumFact]
    public async Task The_as_of_form_keeps_the_state_in_the_url()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = TestRequirements.ChromiumPath, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(dashboard.Client.BaseAddress!, "/metrics/m?lang=vi").AbsoluteUri);

        await page.FillAsync("input[name=b]", "open");
        await page.FillAsync("input[name=as_of]", "2025-01-31");
        await page.ClickAsync("form button[type=submit]");

        Assert.Contains("b=open", page.Url, StringComparison.Ordinal);
        Assert.Contains("as_of=2025-01-31", page.Url, StringComparison.Ordinal);
        Assert.Contains("lang=vi", page.Url, StringComparison.Ordinal);
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
    }
}
