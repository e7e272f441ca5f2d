using System.Globalization;

namespace AiRace.Cli.Sections;

/// <summary>Number formatting shared by the report sections (invariant, "n/a" for missing values).</summary>
internal static class SectionFormat
{
    public static string N(double? v) =>
        v is { } x && double.IsFinite(x) ? x.ToString(Math.Abs(x) < 1 ? "0.###" : "0.#", CultureInfo.InvariantCulture) : "n/a";

    public static string P(double? p) =>
        p is { } x && double.IsFinite(x) ? x.ToString("0%", CultureInfo.InvariantCulture) : "n/a";

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Range(string low, string high) => $"[{low}, {high}]";
}
