using AiRace.Application.Shares;
using AiRace.Sources.Reports;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class ReportSectionsTests : IClassFixture<UsageAndAdoptionStoreFixture>
{
    private readonly AiRaceStore _store;

    public ReportSectionsTests(UsageAndAdoptionStoreFixture store) => _store = store.Store;

    [RealDataTheory]
    [InlineData("en", "Usage: OpenRouter token share", "69.8%", "week of 2026-02-09")]
    [InlineData("vi", "Mức sử dụng: tỷ trọng token trên OpenRouter", "69.8%", "tuần bắt đầu 2026-02-09")]
    public void The_usage_section_states_the_latest_shares_the_first_crossing_and_the_definition(string language, string title, string latestCn, string crossing)
    {
        var section = UsageReportSection.Build(_store, q => UsageFigureBuilder.Build(_store, TestOrganizations.Policy, q), language);
        var markdown = section.ToMarkdown();

        // python3, 2026-05-11.json (week of 2026-05-04): CN 8,686e9 / 12,446e9 = 69.8%.
        Assert.Equal(title, section.Title);
        Assert.Contains(latestCn, section.Findings[0], StringComparison.Ordinal);
        Assert.Contains(section.Findings, f => f.Contains(crossing, StringComparison.Ordinal));
        Assert.Contains("top 9/10", section.Definitions[0], StringComparison.Ordinal);
        Assert.Contains("johnbean393/openrouter-inference-stats", markdown, StringComparison.Ordinal);
        Assert.Equal(UsageReportSection.TableWeeks, section.Tables[0].Rows.Count);
        Assert.StartsWith($"## {title}", markdown, StringComparison.Ordinal);
    }

    [RealDataTheory]
    [InlineData("en", "Qwen has the most derivative models", "config file")]
    [InlineData("vi", "Qwen có nhiều mô hình phái sinh nhất", "tệp cấu hình")]
    public void The_adoption_section_names_the_leading_family_and_what_downloads_count(string language, string finding, string definition)
    {
        var section = AdoptionReportSection.Build(_store, (q, k) => AdoptionFigureBuilder.Build(_store, TestOrganizations.Policy, q, k), language);

        Assert.Contains(section.Findings, f => f.StartsWith(finding, StringComparison.Ordinal));
        Assert.Contains(section.Definitions, d => d.Contains(definition, StringComparison.Ordinal));
        Assert.Equal(2, section.Tables.Count);
        // The trending table is the latest snapshot, 2026-08-22.
        Assert.Contains("2026-08-22", section.Tables[1].Caption, StringComparison.Ordinal);
        Assert.Contains(section.Sources, s => s.Kind == "open-llm-leaderboard-v2");
    }

    [Fact]
    public void An_empty_store_gives_sections_that_say_what_to_import()
    {
        using var empty = AiRaceStore.Open(":memory:");

        Assert.Contains("airace import", UsageReportSection.Build(empty, q => UsageFigureBuilder.Build(empty, TestOrganizations.Policy, q), "en").Findings.Single(), StringComparison.Ordinal);
        Assert.Contains("airace import", AdoptionReportSection.Build(empty, (q, k) => AdoptionFigureBuilder.Build(empty, TestOrganizations.Policy, q, k), "vi").Findings.Single(), StringComparison.Ordinal);
    }
}
