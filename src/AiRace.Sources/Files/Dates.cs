using System.Globalization;

namespace AiRace.Sources.Files;

/// <summary>Invariant date parsing; tries the given formats, then ISO dates and timestamps.</summary>
internal static class Dates
{
    public static bool TryParse(string text, string[] formats, out DateOnly date)
    {
        var t = text.Trim();
        foreach (var f in formats)
        {
            if (DateOnly.TryParseExact(t, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return true;
            }
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var ts))
        {
            date = DateOnly.FromDateTime(ts.UtcDateTime);
            return true;
        }

        date = default;
        return false;
    }
}
