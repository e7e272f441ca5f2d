using System.Globalization;
using AiRace.Core;

namespace AiRace.Cli.Analysis;

/// <summary>Parses the date options of the analysis commands (<c>--at</c>, <c>--from</c>, <c>--to</c>): <c>YYYY-MM-DD</c>.</summary>
internal static class DateArgument
{
    public static DateOnly? Parse(string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new AiRaceException(ErrorKind.Usage, $"{option} '{text}' is not a date: use YYYY-MM-DD, such as 2025-03-26.");
    }
}
