using System.Net;
using System.Text.Json;
using AiRace.Web.Hosting;

namespace AiRace.Web.Tests;

/// <summary>What every page must be: HTML with the CSP and no script, a <c>Link</c> to its JSON twin that answers, and its CSV twin when announced.</summary>
public static class PageChecks
{
    public static async Task PageAndTwins(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode} {body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var link = response.Headers.GetValues("Link").Single();
        var json = Pages.Twin(page, ".json");
        Assert.Contains($"<{json}>; rel=\"alternate\"; type=\"application/json\"", link, StringComparison.Ordinal);

        using var twin = await client.GetAsync(json);
        Assert.Equal(HttpStatusCode.OK, twin.StatusCode);
        Assert.Equal("application/json", twin.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await twin.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array);

        if (link.Contains("text/csv", StringComparison.Ordinal))
        {
            using var csv = await client.GetAsync(Pages.Twin(page, ".csv"));
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty((await csv.Content.ReadAsStringAsync()).Split('\n')[0]);
        }
    }
}
