using System.Globalization;
using AiRace.Core;

namespace AiRace.Cli.Commands;

/// <summary>Parses the date options of figure commands (<c>YYYY-MM-DD</c>), naming the option and value when wrong.</summary>
internal static class DateOptions
{
    public static DateOnly? Parse(string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new AiRaceException(ErrorKind.Usage, $"{option} '{text}' is not a date: use YYYY-MM-DD, such as 2025-06-30.");
    }

    public static void CheckRange(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new AiRaceException(ErrorKind.Usage, $"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}. Swap them.");
        }
    }
}
