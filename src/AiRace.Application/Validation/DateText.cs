using System.Globalization;
using AiRace.Core;

namespace AiRace.Application.Validation;

/// <summary>The one date parser of every query input (<c>YYYY-MM-DD</c>); a bad value is a usage error naming it and the fix.</summary>
public static class DateText
{
    /// <summary>The date in <paramref name="text"/>, or null when it is empty.</summary>
    /// <param name="name">What the date is, as the caller's user knows it (a CLI passes its option, such as <c>--from</c>).</param>
    /// <param name="text">The text to parse.</param>
    public static DateOnly? Parse(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return TryParse(text, out var date) ? date : throw new AiRaceException(ErrorKind.Usage, Message(name, text));
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> (surrounding spaces allowed).</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The one message for a value that is not a date.</summary>
    public static string Message(string name, string? text) =>
        $"{name} '{text}' is not a date: use YYYY-MM-DD, such as 2025-03-31.";

    /// <summary>A date as every message and result writes it: <c>YYYY-MM-DD</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
