using AiRace.Core.Attribution;

namespace AiRace.Core.Tests;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("China", "CN")]
    [InlineData("China,China", "CN")]
    [InlineData(" United States of America ", "US")]
    [InlineData("Armenia", "AM")]
    [InlineData("Croatia", "HR")]
    [InlineData("Lebanon", "LB")]
    [InlineData("Lithuania", "LT")]
    [InlineData("Macao", "MO")]
    [InlineData("Slovenia", "SI")]
    public void Epoch_country_names_map_to_iso_codes(string name, string code) =>
        Assert.Equal(code, CountryCodes.FromName(name));

    [Theory]
    [InlineData("United States of America,United Kingdom of Great Britain and Northern Ireland,Multinational,Canada,France")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland,United States of America")]
    [InlineData("Multinational")]
    [InlineData("China,Multinational")]
    [InlineData("")]
    [InlineData(null)]
    public void Multi_country_multinational_or_blank_values_have_no_code(string? name) =>
        Assert.Null(CountryCodes.FromName(name));
}
