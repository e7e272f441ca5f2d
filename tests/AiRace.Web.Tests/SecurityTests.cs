using System.Net;

namespace AiRace.Web.Tests;

public sealed class SecurityTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/metrics")]
    [InlineData("DELETE", "/models.json")]
    [InlineData("PATCH", "/sources")]
    public async Task No_endpoint_writes(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("x") };

        using var response = await dashboard.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var response = await dashboard.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/metrics.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/") { Content = new StringContent(new string('x', (int)DashboardHost.MaxRequestBodyBytes * 4)) };

        using var response = await dashboard.Client.SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.OK, $"{response.StatusCode}");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var response = await dashboard.Client.GetAsync("/assets/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("script-src", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public void The_default_address_is_loopback()
    {
        var options = new DashboardOptions("store.duckdb");

        Assert.Equal("127.0.0.1", options.Host);
        Assert.True(options.IsLoopback);
        Assert.False((options with { Host = "0.0.0.0" }).IsLoopback);
    }
}
