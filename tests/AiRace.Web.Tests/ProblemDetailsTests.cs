using System.Net;
using System.Text.Json;

namespace AiRace.Web.Tests;

public sealed class ProblemDetailsTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Theory]
    [InlineData("/metrics/nope.json", 404, "metric", "Unknown metric 'nope'", "m")]
    [InlineData("/metrics/nope", 404, "metric", "Unknown metric 'nope'", "other")]
    [InlineData("/compare.json?metric=nope&a=US&b=CN", 404, "metric", "Unknown metric 'nope'", "m")]
    [InlineData("/compare.json?metric=m&a=XX&b=CN", 400, "a,b", "Unknown group 'XX'", "US")]
    [InlineData("/compare?metric=m&a=lab:Nobody&b=CN", 400, "a,b", "Unknown group 'lab:Nobody'", "lab:OpenAI")]
    [InlineData("/metrics/m.csv?a=US&b=ZZ", 400, "a,b", "Unknown group 'ZZ'", "CN")]
    [InlineData("/models.json?country=ZZ", 400, "country", "Unknown country 'ZZ'", "US")]
    [InlineData("/models.json?org=Nobody", 400, "org", "Unknown lab 'Nobody'", "OpenAI")]
    [InlineData("/models.json?openness=ajar", 400, "openness", "openness 'ajar' is not known", "closed")]
    [InlineData("/claims.json?as_of=yesterday", 400, "as_of", "as_of 'yesterday' is not a date", "YYYY-MM-DD")]
    [InlineData("/?lang=fr", 400, "lang", "Unknown language 'fr'", "vi")]
    [InlineData("/adoption.json?by=planet", 400, "by", "by 'planet' is not known", "family")]
    [InlineData("/usage.json?denominator=some", 400, "denominator", "denominator 'some' is not known", "listed")]
    public async Task A_bad_input_is_a_problem_naming_the_parameter_and_the_known_values(string url, int status, string input, string detail, string known)
    {
        using var response = await dashboard.Client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal(status, root.GetProperty("status").GetInt32());
        Assert.Equal(input, root.GetProperty("input").GetString());
        var text = root.GetProperty("detail").GetString()!;
        Assert.Contains(detail, text, StringComparison.Ordinal);
        Assert.Contains(known, text, StringComparison.Ordinal);
        Assert.NotNull(root.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_store_without_usage_data_is_a_problem_saying_what_to_import()
    {
        using var response = await dashboard.Client.GetAsync("/usage.json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Import OpenRouter weekly", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_too()
    {
        using var response = await dashboard.Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
