using AiRace.Application.Text;
using AiRace.Application.Frontiers;
using AiRace.Application.Report;
using AiRace.Application.Report.Model;
using AiRace.Application.Report.Sections;
using AiRace.Sources.Attribution;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>The adoption (Hugging Face) and usage (OpenRouter) sections, built from the fully imported store in each language.</summary>
public sealed class ReportShareSectionsTests : IClassFixture<FullImportFixture>
{
    private readonly FullImportFixture _store;

    public ReportShareSectionsTests(FullImportFixture store) => _store = store;

    [RealDataTheory]
    [InlineData("en", "Usage: OpenRouter token share", "69.8%", "week of 2026-02-09", "top 9/10")]
    [InlineData("vi", "Mức sử dụng: tỉ trọng token trên OpenRouter", "69,8%", "tuần bắt đầu 09/02/2026", "9/10 mô hình đứng đầu")]
    public void The_usage_section_states_the_latest_shares_the_first_crossing_and_the_definition(
        string language, string title, string latestCn, string crossing, string denominator)
    {
        var section = Build(new UsageSection(), language);
        var paragraphs = section.Blocks.OfType<ReportParagraph>().Select(p => p.Text).ToList();
        var table = section.Blocks.OfType<ReportTable>().Single();

        // python3, 2026-05-11.json (week of 2026-05-04): CN 8,686e9 / 12,446e9 = 69.8%.
        Assert.Equal(title, section.Title);
        Assert.Contains(latestCn, paragraphs[0], StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.Contains(crossing, StringComparison.Ordinal));
        Assert.Contains(denominator, section.Blocks.OfType<ReportList>().First().Items[0], StringComparison.Ordinal);
        Assert.Equal(UsageSection.TableWeeks, table.Rows.Count);
        Assert.Equal(language == "en" ? "2026-05-04" : "04/05/2026", table.Rows[^1][0]);
        Assert.Contains(section.Blocks.OfType<ReportList>().Last().Items, s => s.Contains("johnbean393/openrouter-inference-stats", StringComparison.Ordinal));
    }

    [RealDataTheory]
    [InlineData("en", "Qwen has the most derivative models", "config file", "2026-08-22", "10,480,233")]
    [InlineData("vi", "Qwen có nhiều mô hình phái sinh nhất", "tệp cấu hình", "22/08/2026", "10.480.233")]
    public void The_adoption_section_names_the_leading_family_and_what_downloads_count(
        string language, string finding, string definition, string trendingDate, string chineseDownloads)
    {
        var section = Build(new AdoptionSection(), language);
        var tables = section.Blocks.OfType<ReportTable>().ToList();

        Assert.Contains(section.Blocks.OfType<ReportParagraph>(), p => p.Text.StartsWith(finding, StringComparison.Ordinal));
        Assert.Contains(section.Blocks.OfType<ReportList>().First().Items, d => d.Contains(definition, StringComparison.Ordinal));
        Assert.Equal(2, tables.Count);
        // The trending table is the latest snapshot, 2026-08-22; python3 over its top 10: the Qwen repositories 10,463,589 + MiniMax 16,644 = 10,480,233 (CN).
        Assert.Contains(trendingDate, tables[1].Caption, StringComparison.Ordinal);
        Assert.Contains(tables[1].Rows, r => r[1] == chineseDownloads);
        Assert.Contains(section.Blocks.OfType<ReportList>().Last().Items, s => s.Contains("open-llm-leaderboard-v2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void An_empty_store_gives_sections_that_say_what_to_import(string language)
    {
        using var empty = AiRaceStore.Open(":memory:");
        var ctx = new ReportContext(empty, new FrontierSource(empty, AttributionPolicy.For(empty, null)), TextCatalog.For(language), starterLoaded: false);

        foreach (var builder in new IReportSectionBuilder[] { new UsageSection(), new AdoptionSection() })
        {
            var paragraph = builder.Build(ctx).Single().Blocks.OfType<ReportParagraph>().Single();
            Assert.Contains("airace import", paragraph.Text, StringComparison.Ordinal);
        }
    }

    private ReportSection Build(IReportSectionBuilder builder, string language)
    {
        using var store = AiRaceStore.OpenReadOnly(_store.Db);
        var ctx = new ReportContext(store, new FrontierSource(store, AttributionPolicy.For(store, null)), TextCatalog.For(language), starterLoaded: false);
        return builder.Build(ctx).Single();
    }
}
