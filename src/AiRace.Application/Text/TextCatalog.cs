using System.Globalization;
using AiRace.Core;

namespace AiRace.Application.Text;

/// <summary>
/// Every word the front ends print, in one language: a typed catalog (one member per sentence, with named, typed
/// arguments, so a missing translation or a wrong argument is a compile error) and the number and date formats of the
/// <see cref="CultureInfo"/> it was built with. Nothing here reads the current thread's culture: the culture is passed
/// to the constructor and every figure is formatted with it, so the same catalog is safe across <c>await</c> in a web host.
/// One implementation per language: <see cref="EnglishText"/> and <see cref="VietnameseText"/>.
/// </summary>
public abstract partial class TextCatalog
{
    /// <param name="culture">The culture numbers are formatted with (decimal and group separators, minus sign).</param>
    /// <param name="datePattern">The short date pattern (<c>yyyy-MM-dd</c>, <c>dd/MM/yyyy</c>).</param>
    protected TextCatalog(CultureInfo culture, string datePattern)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
        DatePattern = datePattern;
    }

    /// <summary>English (ISO dates, invariant numbers: <c>2026-05-04</c>, <c>10,480,233</c>, <c>69.8%</c>).</summary>
    public static TextCatalog English { get; } = new EnglishText(CultureInfo.InvariantCulture);

    /// <summary>Vietnamese (the vi-VN culture: <c>04/05/2026</c>, <c>10.480.233</c>, <c>69,8%</c>).</summary>
    public static TextCatalog Vietnamese { get; } = new VietnameseText(CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>Every language, English first.</summary>
    public static IReadOnlyList<TextCatalog> All { get; } = [English, Vietnamese];

    /// <summary>The ISO 639-1 code (<c>en</c>, <c>vi</c>), also the HTML <c>lang</c>.</summary>
    public abstract string Code { get; }

    /// <summary>The culture every number in this catalog is formatted with.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The short date pattern.</summary>
    public string DatePattern { get; }

    /// <summary>The claims ledger's sentences in this language, formatted by this catalog.</summary>
    internal abstract ClaimsText Claims { get; }

    /// <summary>The catalog for a language code (case-insensitive; null or blank is English).</summary>
    /// <exception cref="AiRaceException">The code is not one of <see cref="All"/> (a usage error listing the codes).</exception>
    public static TextCatalog For(string? code)
    {
        var c = string.IsNullOrWhiteSpace(code) ? "en" : code.Trim().ToLowerInvariant();
        return All.FirstOrDefault(l => l.Code == c)
            ?? throw new AiRaceException(ErrorKind.Usage, $"Unknown language '{code}': use one of {string.Join(", ", All.Select(l => l.Code))}.");
    }
}
