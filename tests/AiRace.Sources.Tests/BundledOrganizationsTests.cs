using AiRace.Core;
using AiRace.Sources.Attribution;

namespace AiRace.Sources.Tests;

public sealed class BundledOrganizationsTests
{
    [Fact]
    public void The_bundled_table_has_at_least_80_labs_each_with_an_iso_country_and_an_https_source()
    {
        var entries = BundledOrganizations.Table.Entries;
        var labs = entries.Where(e => e.Country.Length > 0).ToList();

        Assert.True(labs.Count >= 80, $"only {labs.Count} labs");
        Assert.All(labs, e => Assert.Matches("^[A-Z]{2}$", e.Country));
        Assert.All(entries, e => Assert.StartsWith("https://", e.SourceUrl, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zhipu", "Zhipu AI", "CN")]
    [InlineData("z ai", "Zhipu AI", "CN")]
    [InlineData("Aliaba", "Alibaba", "CN")]
    [InlineData("DeepSeek,Peking University", "DeepSeek", "CN")]
    [InlineData("Kimi", "Moonshot AI", "CN")]
    [InlineData("NVIDIA", "NVIDIA", "US")]
    [InlineData("Mistral", "Mistral AI", "FR")]
    [InlineData("01 AI", "01.AI", "CN")]
    public void Spellings_seen_in_the_data_resolve_to_one_lab(string spelling, string canonical, string country)
    {
        var e = BundledOrganizations.Table.Find(spelling);
        Assert.NotNull(e);
        Assert.Equal((canonical, country), (e.Name, e.Country));
    }

    [Fact]
    public void Lookups_are_exact_never_by_substring()
    {
        Assert.Null(BundledOrganizations.Table.Find("OpenAI Research Lab of Somewhere"));
        Assert.Null(BundledOrganizations.Table.Find("Deep"));
    }

    [Theory]
    [InlineData("Qwen", "Alibaba")]
    [InlineData("deepseek-ai", "DeepSeek")]
    [InlineData("meta-llama", "Meta")]
    public void Hub_namespaces_are_join_keys(string ns, string lab) =>
        Assert.Equal(lab, BundledOrganizations.Table.FindByHubNamespace(ns)?.Name);

    [Theory]
    [InlineData("qwen", "Alibaba")]
    [InlineData("deepseek", "DeepSeek")]
    [InlineData("z-ai", "Zhipu AI")]
    [InlineData("x-ai", "xAI")]
    public void OpenRouter_namespaces_are_join_keys(string ns, string lab) =>
        Assert.Equal(lab, BundledOrganizations.Table.FindByOpenRouterNamespace(ns)?.Name);

    [Fact]
    public void OpenRouter_stealth_models_are_never_attributed_to_a_lab()
    {
        Assert.Null(BundledOrganizations.Table.FindByOpenRouterNamespace("openrouter"));
        var stealth = BundledOrganizations.Table.Find("openrouter");
        Assert.NotNull(stealth);
        Assert.Equal(string.Empty, stealth.Country);
    }

    [Fact]
    public void A_spelling_on_two_rows_is_rejected_naming_it()
    {
        const string csv = "name,aliases,country,hq_source_url,hf_namespaces,openrouter_namespaces,note\n" +
                           "A,Same,US,https://a,,,\nB,same,CN,https://b,,,\n";
        var ex = Assert.Throws<AiRaceException>(() => BundledOrganizations.Parse(new StringReader(csv)));
        Assert.Contains("'same'", ex.Message, StringComparison.Ordinal);
    }
}
