using System.Globalization;
using AiRace.Cli.Report.Languages;
using AiRace.Core;
using AiRace.Core.Analysis;

namespace AiRace.Cli.Report;

/// <summary>
/// One language of the report: its wording (a key → template table kept in one file per language under
/// <c>Report/Languages</c>), its date formats and its number format. Every text the report prints goes through here.
/// </summary>
internal sealed class ReportLanguage
{
    private readonly IReadOnlyDictionary<string, string> _text;
    private readonly NumberFormatInfo _numbers;
    private readonly string _dateFormat;
    private readonly Func<DateOnly, string> _longDate;

    public ReportLanguage(string code, IReadOnlyDictionary<string, string> text, NumberFormatInfo numbers, string dateFormat, Func<DateOnly, string> longDate)
    {
        Code = code;
        _text = text;
        _numbers = numbers;
        _dateFormat = dateFormat;
        _longDate = longDate;
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat = numbers;
        Culture = CultureInfo.ReadOnly(culture);
    }

    /// <summary>Every language, by code.</summary>
    public static IReadOnlyList<ReportLanguage> All { get; } = [EnglishText.Language, VietnameseText.Language];

    /// <summary>The ISO 639-1 code (<c>en</c>, <c>vi</c>), also the HTML <c>lang</c>.</summary>
    public string Code { get; }

    /// <summary>The invariant culture with this language's number format (for chart labels).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The keys this language translates (a test checks every language has the same set).</summary>
    public IEnumerable<string> Keys => _text.Keys;

    /// <summary>The language for <c>--lang</c>; an unknown code is a usage error listing the codes.</summary>
    public static ReportLanguage For(string? code)
    {
        var c = string.IsNullOrWhiteSpace(code) ? "en" : code.Trim().ToLowerInvariant();
        return All.FirstOrDefault(l => l.Code == c)
            ?? throw new AiRaceException(ErrorKind.Usage, $"Unknown report language '{code}': use one of {string.Join(", ", All.Select(l => l.Code))}.");
    }

    /// <summary>The template for <paramref name="key"/> filled with <paramref name="args"/> (already formatted text).</summary>
    public string T(string key, params object?[] args)
    {
        if (!_text.TryGetValue(key, out var template))
        {
            throw new InvalidOperationException($"The report text '{key}' has no '{Code}' translation. Add it to Report/Languages.");
        }

        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>The text for <paramref name="key"/>, or null when this language has none (for optional entries such as metric names).</summary>
    public string? Optional(string key) => _text.GetValueOrDefault(key);

    /// <summary>A number with <paramref name="decimals"/> decimals and the language's separators (en 1,234.5; vi 1.234,5).</summary>
    public string Number(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _numbers);

    /// <summary>A number with an explicit sign (+1.5, −2.0 as -2.0 in the language's format).</summary>
    public string Signed(double value, int decimals = 1) => (value > 0 ? "+" : string.Empty) + Number(value, decimals);

    /// <summary>A percentage (<c>5.8%</c>, vi <c>5,8%</c>).</summary>
    public string Percent(double? value, int decimals = 1) => value is null ? T("value.na") : Signed(value.Value, decimals) + "%";

    /// <summary>A short date: en <c>2026-11-29</c>, vi <c>29/11/2026</c>.</summary>
    public string Date(DateOnly date) => date.ToString(_dateFormat, CultureInfo.InvariantCulture);

    /// <summary>A long date: en <c>29 November 2026</c>, vi <c>ngày 29 tháng 11 năm 2026</c>.</summary>
    public string LongDate(DateOnly date) => _longDate(date);

    /// <summary>A group's display name: a translation when the language has one (<c>group.US</c>), else its label.</summary>
    public string Group(GroupSpec group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Optional("group." + group.Label) ?? group.Label;
    }
}
