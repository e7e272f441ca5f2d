using AiRace.Testing;

namespace AiRace.Cli.Tests;

[Collection(AlltimeStoreCollection.Name)]
public sealed class ReportOnRealDataTests
{
    private readonly RealStoreFixture _store;

    public ReportOnRealDataTests(RealStoreFixture store) => _store = store;

    [RealDataFact]
    public void On_an_imported_store_the_report_covers_lmarena_text_without_loading_the_starter_data()
    {
        var (code, output, err) = _store.Run("report", "--metric", "lmarena-text");
        var headline = _store.Run("report");

        Assert.True(code == 0, err);
        Assert.True(headline.Code == 0, headline.Err);
        Assert.DoesNotContain("starter", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("starter", headline.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(lmarena-text)", output, StringComparison.Ordinal);
        Assert.Contains("LMArena text (overall)", headline.Out, StringComparison.Ordinal);
        // python3 over alltime.csv: on 2025-03-26 Gemini-2.5-Pro-Exp-03-25 1442.96 against DeepSeek-R1 1359.52 (83.44, 5.8%);
        // 4.1 months behind (first matched 2024-11-20).
        Assert.Contains("2025-03-26: United States ahead of China by 83.44 Elo (5.8%); Gemini-2.5-Pro-Exp-03-25 scores 1,442.96", output, StringComparison.Ordinal);
        Assert.Contains("China 4.1 months behind United States", output, StringComparison.Ordinal);
        Assert.Contains("LMArena (Chatbot Arena) ratings", output, StringComparison.Ordinal);
    }
}
