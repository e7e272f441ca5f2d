using System.Globalization;

namespace AiRace.Cli.Sections;

/// <summary>
/// Number and date formatting of the odds section only (<c>OddsSection</c>, owned by the odds work; every other section
/// formats with the <c>TextCatalog</c> of its language). It goes when the odds section moves onto the catalog:
/// the thread-static flag below does not survive <c>await</c>. English uses invariant numbers and ISO dates,
/// Vietnamese uses vi-VN numbers (<c>1.234,5</c>) and <c>dd/MM/yyyy</c> dates. "n/a" for missing values.
/// </summary>
internal static class SectionFormat
{
    [ThreadStatic]
    private static bool _vietnamese;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static CultureInfo Culture => _vietnamese ? Vi : CultureInfo.InvariantCulture;

    /// <summary>Formats with Vietnamese conventions until the returned scope is disposed.</summary>
    public static IDisposable Language(bool vietnamese)
    {
        var previous = _vietnamese;
        _vietnamese = vietnamese;
        return new Scope(() => _vietnamese = previous);
    }

    public static string N(double? v) =>
        v is { } x && double.IsFinite(x) ? x.ToString(Math.Abs(x) < 1 ? "0.###" : "0.#", Culture) : "n/a";

    public static string P(double? p) =>
        p is { } x && double.IsFinite(x) ? x.ToString("0%", Culture) : "n/a";

    public static string D(DateOnly d) => d.ToString(_vietnamese ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Range(string low, string high) => _vietnamese ? $"[{low}; {high}]" : $"[{low}, {high}]";

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
