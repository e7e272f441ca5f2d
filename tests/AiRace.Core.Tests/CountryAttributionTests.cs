using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Core.Tests;

public sealed class CountryAttributionTests
{
    private static readonly OrganizationDirectory Bundled = new(
    [
        new OrganizationEntry("Alibaba", ["Qwen", "Aliaba"], "CN", "https://x", ["Qwen"], ["qwen"], null),
        new OrganizationEntry("Google DeepMind", ["Google"], "US", "https://x", ["google"], ["google"], "multi-country: HQ of parent"),
    ]);

    private static readonly OrganizationRecord[] Epoch =
    [
        new("Tsinghua University", "CN", "epoch"),
        new("Alibaba", "SG", "epoch"),
        new("Multinational Lab", null, "epoch"),
    ];

    [Fact]
    public void Rules_apply_in_order_override_bundled_source_epoch_unresolved()
    {
        var policy = new CountryAttribution(Bundled, Epoch, [new("Google", "GB")]);

        Assert.Equal(new CountryResolution("GB", AttributionRule.Override, "Google DeepMind"), policy.Resolve("Google", "US"));
        Assert.Equal(new CountryResolution("CN", AttributionRule.Bundled, "Alibaba"), policy.Resolve("Qwen", "sg"));
        Assert.Equal(new CountryResolution("KR", AttributionRule.Source, "Some Seoul Lab"), policy.Resolve("Some Seoul Lab", "kr"));
        Assert.Equal(new CountryResolution("CN", AttributionRule.Bundled, "Alibaba"), policy.Resolve("Aliaba", null));
        Assert.Equal(new CountryResolution("CN", AttributionRule.Epoch, "Tsinghua University"), policy.Resolve("tsinghua  university", null));
        Assert.Equal(AttributionRule.Unresolved, policy.Resolve("Multinational Lab", null).Rule);
        Assert.Equal(new CountryResolution(null, AttributionRule.Unresolved, null), policy.Resolve(null, null));
    }

    [Fact]
    public void The_bundled_headquarters_call_beats_a_sources_country_field()
    {
        // Epoch's catalogs give DeepMind's models the country GB; the bundled table's stated call (Alphabet, US) wins.
        var policy = new CountryAttribution(Bundled, [new("DeepMind", "GB", "epoch")]);

        Assert.Equal(new CountryResolution("US", AttributionRule.Bundled, "Google DeepMind"), policy.Resolve("Google", "GB"));
    }

    [Fact]
    public void The_bundled_table_wins_over_epoch_for_the_same_organization()
    {
        var policy = new CountryAttribution(Bundled, Epoch);
        Assert.Equal("CN", policy.Resolve("Alibaba", null).Country);
    }

    [Fact]
    public void No_substring_guessing()
    {
        var policy = new CountryAttribution(Bundled, Epoch);
        Assert.Equal(AttributionRule.Unresolved, policy.Resolve("Qwen Fan Club", null).Rule);
        Assert.Equal(AttributionRule.Unresolved, policy.Resolve("Google-ish Labs", null).Rule);
    }

    [Fact]
    public void A_jointly_credited_model_resolves_only_when_every_organization_has_the_same_country()
    {
        var policy = new CountryAttribution(Bundled, Epoch);

        Assert.Equal(new CountryResolution("CN", AttributionRule.Epoch, "Alibaba"), policy.Resolve("Alibaba,Tsinghua University", null));
        Assert.Equal(new CountryResolution(null, AttributionRule.Unresolved, "Google DeepMind"), policy.Resolve("Google,Tsinghua University", null));
        Assert.Equal(AttributionRule.Unresolved, policy.Resolve("Alibaba,Unknown Institute", null).Rule);
    }

    [Theory]
    [InlineData("United States of America", "US")]
    [InlineData("China,China", "CN")]
    [InlineData("United States of America,United Kingdom of Great Britain and Northern Ireland", null)]
    [InlineData("Multinational", null)]
    [InlineData("", null)]
    public void Country_names_resolve_only_to_a_single_country(string text, string? expected) =>
        Assert.Equal(expected, CountryCodes.FromName(text));
}
