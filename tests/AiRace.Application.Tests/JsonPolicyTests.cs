using System.Text.Json;
using AiRace.Application.Json;

namespace AiRace.Application.Tests;

public sealed class JsonPolicyTests
{
    private sealed record Sample(DateOnly FirstDate, double Score, double? MaybeScore, double[] Values, IReadOnlyDictionary<string, double> Shares);

    private static JsonElement Write(Sample sample) => JsonDocument.Parse(JsonPolicy.Serialize(sample)).RootElement.Clone();

    [Fact]
    public void Keys_are_snake_case_and_dates_are_iso()
    {
        var json = Write(new Sample(new DateOnly(2025, 3, 26), 1, 2, [], new Dictionary<string, double> { ["Qwen"] = 0.5 }));

        Assert.Equal("2025-03-26", json.GetProperty("first_date").GetString());
        Assert.Equal(2, json.GetProperty("maybe_score").GetDouble());
        Assert.Equal(0.5, json.GetProperty("shares").GetProperty("Qwen").GetDouble());
    }

    [Theory]
    [InlineData(1442.9612345678)]
    [InlineData(-4.2049999)]
    [InlineData(0.00012345678)]
    [InlineData(10_480_233)]
    [InlineData(8.345e12)]
    public void Every_number_is_rounded_to_the_policy_decimals_and_counts_stay_exact(double value)
    {
        var expected = Math.Round(value, JsonPolicy.Decimals, MidpointRounding.AwayFromZero);
        var json = Write(new Sample(default, value, value, [value], new Dictionary<string, double> { ["g"] = value }));

        Assert.Equal(expected, json.GetProperty("score").GetDouble());
        Assert.Equal(expected, json.GetProperty("maybe_score").GetDouble());
        Assert.Equal(expected, json.GetProperty("values")[0].GetDouble());
        Assert.Equal(expected, json.GetProperty("shares").GetProperty("g").GetDouble());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Nan_and_infinities_are_null(double value)
    {
        var json = Write(new Sample(default, value, value, [value], new Dictionary<string, double> { ["g"] = value }));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("maybe_score").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("values")[0].ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("shares").GetProperty("g").ValueKind);
        Assert.Null(JsonPolicy.Number(value));
    }

    [Fact]
    public void A_missing_number_stays_null()
    {
        Assert.Equal(JsonValueKind.Null, Write(new Sample(default, 1, null, [], new Dictionary<string, double>())).GetProperty("maybe_score").ValueKind);
    }
}
