using System.CommandLine.Parsing;
using System.Globalization;

namespace AiRace.Cli;

/// <summary>Parses <c>--as-of YYYY-MM-DD</c>, with an error that names the bad value.</summary>
internal static class AsOfDate
{
    public static DateOnly? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--as-of '{text}' is not a date: use YYYY-MM-DD, e.g. --as-of 2025-03-31.");
        return null;
    }
}
