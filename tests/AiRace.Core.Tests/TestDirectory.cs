using AiRace.Core.Attribution;

namespace AiRace.Core.Tests;

/// <summary>A small organizations directory built in code (the real table is bundled with AiRace.Sources).</summary>
internal static class TestDirectory
{
    public static OrganizationDirectory Directory { get; } = new(
    [
        Entry("Alibaba", "CN", ["Qwen"], ["qwen"]),
        Entry("DeepSeek", "CN", ["deepseek-ai"], ["deepseek"]),
        Entry("Meta", "US", ["meta-llama"], ["meta-llama"]),
        Entry("Google DeepMind", "US", ["google"], ["google"]),
        Entry("Anthropic", "US", [], ["anthropic"]),
        Entry("Mistral AI", "FR", ["mistralai"], ["mistralai"]),
        Entry("TNG Technology Consulting", "DE", [], ["tngtech"]),
    ]);

    public static CountryAttribution Policy { get; } = new(Directory);

    private static OrganizationEntry Entry(string name, string country, string[] hub, string[] openRouter) =>
        new(name, [], country, "https://example.org/" + name, hub, openRouter, null);
}
