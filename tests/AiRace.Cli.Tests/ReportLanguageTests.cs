using AiRace.Cli.Report;

namespace AiRace.Cli.Tests;

public sealed class ReportLanguageTests
{
    [Fact]
    public void Every_language_translates_the_same_keys()
    {
        var english = ReportLanguage.For("en").Keys.Order(StringComparer.Ordinal).ToList();

        foreach (var lang in ReportLanguage.All)
        {
            Assert.Equal(english, lang.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Vietnamese_formats_numbers_and_dates_the_vi_VN_way()
    {
        var vi = ReportLanguage.For("vi");

        Assert.Equal("1.234,5", vi.Number(1234.5));
        Assert.Equal("-4,2", vi.Number(-4.2));
        Assert.Equal("+8,1%", vi.Percent(8.14));
        Assert.Equal("29/11/2026", vi.Date(new DateOnly(2026, 11, 29)));
        Assert.Equal("ngày 29 tháng 11 năm 2026", vi.LongDate(new DateOnly(2026, 11, 29)));
    }

    [Fact]
    public void English_uses_iso_dates_and_invariant_numbers()
    {
        var en = ReportLanguage.For("EN");

        Assert.Equal("1,234.5", en.Number(1234.5));
        Assert.Equal("2026-11-29", en.Date(new DateOnly(2026, 11, 29)));
        Assert.Equal("29 November 2026", en.LongDate(new DateOnly(2026, 11, 29)));
    }
}
