using System.Text.RegularExpressions;
using AiRace.Application.Text;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>
/// <c>report --lang vi</c> (the headline, and <c>--all</c> on the terminal and as Markdown) on the fully imported store:
/// every figure is in Vietnamese form.
/// The check is scoped to figures: names that come from the data (models such as "Qwen2.5" or "o1-2024-12-17", metric ids
/// such as "epoch-frontiermath-2025-02-28-private", metric names, source credits such as "CC BY 4.0") are blanked first.
/// </summary>
public sealed partial class ReportVietnameseOnRealDataTests : IClassFixture<FullImportFixture>, IDisposable
{
    private readonly FullImportFixture _store;
    private readonly TempDirectory _dir = new();

    public ReportVietnameseOnRealDataTests(FullImportFixture store) => _store = store;

    [RealDataFact]
    public void The_vietnamese_report_has_no_iso_date_no_invariant_decimal_and_no_english_unit_word()
    {
        var path = _dir.File("vi.md");
        var headline = CliRunner.Run("report", "--db", _store.Db, "--lang", "vi");
        var terminal = CliRunner.Run("report", "--db", _store.Db, "--lang", "vi", "--all");
        var markdown = CliRunner.Run("report", "--db", _store.Db, "--lang", "vi", "--all", "--output", path);

        Assert.True(headline.Code == 0, headline.Err);
        Assert.True(terminal.Code == 0, terminal.Err);
        Assert.True(markdown.Code == 0, markdown.Err);
        var names = NamesFromTheData();
        var headlineFigures = Blank(Unwrap(headline.Out), names);
        foreach (var pattern in new[] { IsoDate(), InvariantDecimal(), EnglishUnit() })
        {
            var hits = Hits("headline", pattern, headlineFigures);
            Assert.True(hits.Count == 0, string.Join('\n', hits));
        }

        Assert.Contains("tuần bắt đầu 04/05/2026, các mô hình Trung Quốc chiếm 69,8%", headline.Out, StringComparison.Ordinal);
        foreach (var (what, text) in new[] { ("terminal", Unwrap(terminal.Out)), ("markdown", File.ReadAllText(path)) })
        {
            var figures = Blank(text, names);
            foreach (var pattern in new[] { IsoDate(), InvariantDecimal(), EnglishUnit() })
            {
                var hits = Hits(what, pattern, figures);
                Assert.True(hits.Count == 0, string.Join('\n', hits));
            }

            // Every section is localized: the adoption and usage figures too (python3 over 2026-05-11.json: 8,686e9 / 12,446e9).
            Assert.Contains("tuần bắt đầu 04/05/2026, các mô hình Trung Quốc chiếm 69,8%", text, StringComparison.Ordinal);
            Assert.Contains("10.480.233", text, StringComparison.Ordinal);
            Assert.Contains("tỉ lệ (0–1)", text, StringComparison.Ordinal);
            Assert.Contains("chỉ số (0–100)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Mức độ chấp nhận", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Chưa bắt kịp (bị kiểm duyệt)", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("chiếm 69.8% số token", true)]
    [InlineData("đạt 1442.96, còn", true)]
    [InlineData("đạt 0.471 điểm", true)]
    [InlineData("khoảng cách -20.8 Elo", true)]
    [InlineData("chiếm 69,8% số token", false)]
    [InlineData("đạt 1.442,96 và 10.480.233 lượt", false)]
    [InlineData("với ‹› GPT-4.5 và Qwen2.5, giấy phép v1.2", false)]
    public void The_invariant_decimal_check_tells_figures_from_vietnamese_grouping_and_names(string text, bool flagged) =>
        Assert.Equal(flagged, InvariantDecimal().IsMatch(text));

    [Theory]
    [InlineData("tuần bắt đầu 2026-05-04", true)]
    [InlineData("tuần bắt đầu 04/05/2026", false)]
    public void The_iso_date_check_finds_iso_dates(string text, bool flagged) => Assert.Equal(flagged, IsoDate().IsMatch(text));

    [Theory]
    [InlineData("+11,97 index (0-100)", true)]
    [InlineData("+0,186 fraction (0-1)", true)]
    [InlineData("+1,8 months", true)]
    [InlineData("+11,97 chỉ số (0–100), +0,186 tỉ lệ (0–1), +1,8 tháng, 18,00 Elo", false)]
    public void The_unit_check_finds_english_unit_words(string text, bool flagged) => Assert.Equal(flagged, EnglishUnit().IsMatch(text));

    [Theory]
    [InlineData("│ https://www.livemint.com/technology/china-ai-leaders-warn-of-widening-gap-with-us-after-1b-ipo-week/amp-1.html │", false)]
    [InlineData("│ ng-gap-with-us-after-1b-ipo-week/amp-11768055950742.html │", false)]
    [InlineData("-7,1 months/year", true)]
    [InlineData("a week", true)]
    public void Web_addresses_are_not_read_as_words_but_units_with_a_slash_are(string text, bool flagged) =>
        Assert.Equal(flagged, EnglishUnit().IsMatch(Blank(text, [])));

    public void Dispose() => _dir.Dispose();

    /// <summary>Model names and keys, metric ids and names (as the source gives them and as the catalog shows them), import credits, longest first.</summary>
    private List<string> NamesFromTheData()
    {
        using var store = AiRaceStore.OpenReadOnly(_store.Db);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in store.Models())
        {
            names.Add(m.Name);
            names.Add(m.Key);
        }

        foreach (var m in store.Metrics())
        {
            names.Add(m.Id);
            names.Add(m.Name);
            names.Add(TextCatalog.Vietnamese.MetricName(m.Id, m.Name));
            names.UnionWith(store.Attributions(m.Id));
        }

        foreach (var i in store.Imports())
        {
            names.UnionWith(i.Attribution.Split("; ", StringSplitOptions.RemoveEmptyEntries));
        }

        // The terminal cuts long labels (bar charts): also blank each word of a name that mixes letters and digits
        // ("FrontierMath-2025-02-28-Private", "Qwen2.5"), never a bare number.
        names.UnionWith([.. names.SelectMany(n => n.Split(' ')).Where(w => w.Any(char.IsLetter) && w.Any(char.IsDigit))]);
        return [.. names.Where(n => n.Length > 1).OrderByDescending(n => n.Length)];
    }

    /// <summary>The terminal's text with its wrapped lines joined again (table rows stay lines), so that names are whole.</summary>
    private static string Unwrap(string terminal)
    {
        var lines = terminal.ReplaceLineEndings("\n").Split('\n');
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var inTable = line.Length > 0 && "│╭├╰".Contains(line[0], StringComparison.Ordinal);
            text.Append(inTable ? "\n" : " ").Append(line.TrimEnd()).Append(inTable ? "\n" : string.Empty);
        }

        return text.ToString();
    }

    private static string Blank(string text, List<string> names)
    {
        foreach (var name in names)
        {
            if (text.Contains(name, StringComparison.Ordinal))
            {
                text = text.Replace(name, "‹›", StringComparison.Ordinal);
            }
        }

        // Web addresses (a reference's source) are not words of the report, nor are the pieces a terminal table wraps them into.
        return UrlPiece().Replace(text, "‹url›");
    }

    private static List<string> Hits(string what, Regex pattern, string text) =>
        [.. pattern.Matches(text).Select(m => $"{what}: '{m.Value}' in …{Spaces().Replace(text[Math.Max(0, m.Index - 80)..Math.Min(text.Length, m.Index + m.Length + 30)], " ")}…").Take(10)];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// A web address, or a piece of one that a table wrapped: no space, a slash, and a hyphen, point or digit
    /// (<c>…-ipo-week/amp-1176….html</c>); a unit such as <c>months/year</c> is not one.
    /// </summary>
    [GeneratedRegex(@"https?://\S+|[^\s│]*[-.\d][^\s│]*/[^\s│]*|[^\s│]*/[^\s│]*[-.\d][^\s│]*")]
    private static partial Regex UrlPiece();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    /// <summary>
    /// A number with a point between digits that is not Vietnamese digit grouping (<c>1.442,96</c>, <c>10.480.233</c>):
    /// <c>1442.96</c>, <c>0.471</c>, <c>69.8%</c>. A point after a letter, hyphen or slash is part of a name or version (GPT-4.5, v1.2).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}._/\-])[+\-−]?(?![1-9]\d{0,2}(?:\.\d{3})+(?![\p{N}.]))\d+\.\d+")]
    private static partial Regex InvariantDecimal();

    [GeneratedRegex(@"\b(?:index|fraction|percent) \(|\b(?:months?|years?|weeks?|days?|per year|pp|points|trillion)\b")]
    private static partial Regex EnglishUnit();
}
