using System.Net;
using System.Text.Json;
using AiRace.Web.Hosting;

namespace AiRace.Web.Tests;

public sealed class HtmlErrorPageTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/metrics/nope", 404, "Unknown metric &#x27;nope&#x27;")]
    [InlineData("/compare?metric=m&a=XX&b=CN", 400, "Unknown group &#x27;XX&#x27;")]
    [InlineData("/models?openness=ajar", 400, "openness &#x27;ajar&#x27; is not known")]
    public async Task A_browser_gets_an_html_page_with_the_status_the_message_and_a_link_home(string url, int status, string message)
    {
        using var response = await Get(url, BrowserAccept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<nav aria-label=\"AiRace\">", body, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"error\">{message}", body, StringComparison.Ordinal);
        Assert.Contains("<p><a href=\"/\">", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Link"), "an error page announces no twins");
    }

    [Fact]
    public async Task The_error_page_keeps_the_language_and_escapes_the_input_it_names()
    {
        using var response = await Get("/compare?metric=m&b=CN&lang=vi&a=" + Uri.EscapeDataString(HostileNames.Script), BrowserAccept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<html lang=\"vi\">", body, StringComparison.Ordinal);
        Assert.Contains("<p><a href=\"/?lang=vi\">", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileNames.Script, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_language_is_an_english_error_page()
    {
        using var response = await Get("/?lang=fr", BrowserAccept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", body, StringComparison.Ordinal);
        Assert.Contains("Unknown language &#x27;fr&#x27;", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/metrics/nope", "application/json")]
    [InlineData("/metrics/nope", null)]
    [InlineData("/metrics/nope.json", BrowserAccept)]
    [InlineData("/metrics/m.csv?a=US&b=ZZ", BrowserAccept)]
    public async Task Other_clients_and_the_twins_keep_the_problem_details(string url, string? accept)
    {
        using var response = await Get(url, accept);

        Assert.True((int)response.StatusCode is 400 or 404, $"{response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)response.StatusCode, doc.RootElement.GetProperty("status").GetInt32());
    }

    private async Task<HttpResponseMessage> Get(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await dashboard.Client.SendAsync(request);
    }
}
