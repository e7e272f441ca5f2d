using System.Globalization;
using System.Text;

namespace AiRace.Cli.Output;

/// <summary>
/// The one place for each rule that makes text from the data inert where it is written: the terminal (control and escape
/// characters removed), CSV cells (formula injection neutralized, as OWASP advises) and Markdown (HTML escaped).
/// </summary>
internal static class SafeText
{
    /// <summary>
    /// Text without control characters: C0 (ESC included, so no ANSI or OSC sequence survives), DEL and C1, and the Unicode
    /// bidirectional overrides; tab, line feed and carriage return stay when <paramref name="keepLines"/>, else become spaces.
    /// </summary>
    public static string Terminal(string text, bool keepLines = false)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f') &&
            !text.AsSpan().ContainsAnyInRange('\u202a', '\u202e') && !text.AsSpan().ContainsAnyInRange('\u2066', '\u2069'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
            {
                sb.Append(keepLines ? c : ' ');
            }
            else if (!IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A CSV cell a spreadsheet will not run: one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return
    /// is prefixed with a single quote, unless it is a number (<c>-3.5</c>, <c>+1e3</c> stay numbers).
    /// </summary>
    public static string CsvCell(string text)
    {
        if (text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return text;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? text : "'" + text;
    }

    /// <summary>Markdown text with HTML made literal: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as entities (Markdown itself stays).</summary>
    public static string Markdown(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static bool IsControl(char c) =>
        c < '\u0020' || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';
}
