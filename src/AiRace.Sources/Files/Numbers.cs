using System.Globalization;

namespace AiRace.Sources.Files;

/// <summary>Invariant number parsing for the formats seen in source files.</summary>
internal static class Numbers
{
    public static bool TryParse(string text, out double value)
    {
        var t = text.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (t.EndsWith('%'))
        {
            t = t[..^1];
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
