using AiRace.Core.Odds;

namespace AiRace.Core.Tests.Odds;

public sealed class ForecastHorizonsTests
{
    [Theory]
    [InlineData("1y,3y,5y", new[] { 1.0, 3, 5 })]
    [InlineData("5y, 1y", new[] { 1.0, 5 })]
    [InlineData("6m,18m", new[] { 0.5, 1.5 })]
    [InlineData("2", new[] { 2.0 })]
    public void Horizons_parse_in_years_or_months(string text, double[] expected) =>
        Assert.Equal(expected, ForecastHorizons.Parse(text));

    [Fact]
    public void No_text_means_one_to_five_years() => Assert.Equal([1.0, 2, 3, 4, 5], ForecastHorizons.Parse(null));

    [Theory]
    [InlineData("0y")]
    [InlineData("11y")]
    [InlineData("soon")]
    [InlineData("-1y")]
    public void Bad_horizons_are_usage_errors_naming_the_value(string text)
    {
        var ex = Assert.Throws<AiRaceException>(() => ForecastHorizons.Parse(text));
        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }
}
