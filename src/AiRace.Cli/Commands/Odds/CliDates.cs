using System.Globalization;
using AiRace.Core;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Parses date options (<c>YYYY-MM-DD</c>) with an error that names the option and the value.</summary>
internal static class CliDates
{
    public static DateOnly? Parse(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new AiRaceException(ErrorKind.Usage, $"{option} '{text}' is not a date; use YYYY-MM-DD, such as 2025-03-31.");
    }
}
