using System.Globalization;
using System.Reflection;
using AiRace.Application.Text;
using AiRace.Core;
using AiRace.Core.Figures;

namespace AiRace.Cli.Tests;

public sealed class ReportLanguageTests
{
    private static readonly DateOnly Day = new(2026, 5, 4);

    [Fact]
    public void Vietnamese_formats_numbers_percentages_counts_and_dates_the_vi_VN_way()
    {
        var vi = TextCatalog.For("vi");

        Assert.Equal("1.234,5", vi.Number(1234.5));
        Assert.Equal("-4,2", vi.Number(-4.2));
        Assert.Equal("+8,1%", vi.Percent(8.14));
        Assert.Equal("69,8%", vi.Share(0.698));
        Assert.Equal("10.480.233", vi.Count(10_480_233));
        Assert.Equal("04/05/2026", vi.Date(Day));
        Assert.Equal("ngày 4 tháng 5 năm 2026", vi.LongDate(Day));
        Assert.Equal("[1,2; 3,4]", vi.Range(vi.Compact(1.2), vi.Compact(3.4)));
    }

    [Fact]
    public void English_uses_iso_dates_and_invariant_numbers()
    {
        var en = TextCatalog.For("EN");

        Assert.Equal("1,234.5", en.Number(1234.5));
        Assert.Equal("69.8%", en.Share(0.698));
        Assert.Equal("10,480,233", en.Count(10_480_233));
        Assert.Equal("2026-05-04", en.Date(Day));
        Assert.Equal("4 May 2026", en.LongDate(Day));
    }

    [Fact]
    public void The_catalog_formats_with_the_culture_it_was_given_not_the_threads()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("69.8%", TextCatalog.English.Share(0.698));
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("69,8%", TextCatalog.Vietnamese.Share(0.698));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Vietnamese_units_are_translated_and_elo_stays_elo()
    {
        var vi = TextCatalog.Vietnamese;

        Assert.Equal("chỉ số (0–100)", vi.Unit("index (0-100)"));
        Assert.Equal("tỉ lệ (0–1)", vi.Unit("fraction (0-1)"));
        Assert.Equal("phần trăm (0–100)", vi.Unit("percent (0-100)"));
        Assert.Equal("Elo", vi.Unit("Elo"));
    }

    [Fact]
    public void Vietnamese_uses_statistical_words_for_censoring_and_adoption()
    {
        var vi = TextCatalog.Vietnamese;

        Assert.Contains("dữ liệu bị chặn", vi.MonthsBehindColumns[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("kiểm duyệt", string.Join(" ", vi.MonthsBehindColumns), StringComparison.Ordinal);
        Assert.StartsWith("Mức phổ biến", vi.AdoptionTitle, StringComparison.Ordinal);
        Assert.DoesNotContain("chấp nhận", vi.AdoptionTitle, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_listing_the_codes()
    {
        var ex = Assert.Throws<AiRaceException>(() => TextCatalog.For("fr"));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains("'fr'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("en, vi", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every text of the catalog, called with the same sample arguments in both languages (a date, a share, a number over a
    /// thousand): the Vietnamese text differs from the English one and holds no English-formatted date or number.
    /// Names from the data (<c>Unit</c>, <c>Group</c>, <c>MetricName</c>, <c>MonthsBehindMethod</c>) pass unknown names through.
    /// </summary>
    [Fact]
    public void Every_vietnamese_text_is_translated_and_formats_its_arguments_the_vietnamese_way()
    {
        string[] passThrough = ["Unit", "Group", "MetricName", "MonthsBehindMethod"];
        var members = typeof(TextCatalog).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo { GetMethod.IsAbstract: true } or MethodInfo { IsAbstract: true, IsSpecialName: false })
            .ToList();

        Assert.True(members.Count > 100, $"{members.Count} members");
        // The odds texts take a whole forecast result: OddsSectionsTests renders each of them in both languages from a
        // forecast fitted on simulated races, so they are called there, not with sample arguments here.
        static bool TakesAForecast(MemberInfo m) =>
            m is MethodInfo mi && mi.GetParameters().Any(p => p.ParameterType.Namespace is "AiRace.Core.Odds" or "AiRace.Application.Odds");
        Assert.Contains(members, TakesAForecast);
        foreach (var member in members.Where(m => !passThrough.Contains(m.Name) && !TakesAForecast(m)))
        {
            var en = Text(TextCatalog.English, member);
            var vi = Text(TextCatalog.Vietnamese, member);
            Assert.True(en != vi, $"{member.Name} is not translated: '{vi}'");
            foreach (var english in new[] { "2026-05-04", "69.8%", "1,234.5", "1234.5", " months", " year" })
            {
                Assert.False(vi.Contains(english, StringComparison.Ordinal), $"{member.Name}: '{vi}' contains '{english}'");
            }
        }
    }

    private static string Text(TextCatalog catalog, MemberInfo member) => member switch
    {
        PropertyInfo p => p.GetValue(catalog) is IEnumerable<string> list ? string.Join(" | ", list) : (string)p.GetValue(catalog)!,
        MethodInfo m => (string)m.Invoke(catalog, [.. m.GetParameters().Select(a => Sample(a.ParameterType))])!,
        _ => throw new InvalidOperationException(member.Name),
    };

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "X",
        _ when type == typeof(DateOnly) || type == typeof(DateOnly?) => Day,
        _ when type == typeof(double) || type == typeof(double?) => 1234.5,
        _ when type == typeof(int) || type == typeof(long) => 3,
        _ when type == typeof(bool) => true,
        _ when type == typeof(IEnumerable<string>) => new[] { "X", "Y" },
        _ when type == typeof(FigureSource) => new FigureSource("kind", "credit", 2, Day, Day),
        _ when type == typeof(IReadOnlyList<(DateOnly Date, double? Before, double? After)>) => new List<(DateOnly, double?, double?)> { (Day, 1234.5, 0.5) },
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ => throw new InvalidOperationException($"No sample for {type}: add one."),
    };
}
