using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AiRace.Sources.Tests.Fuzz;

/// <summary>
/// Seeded mutations of a real data file: truncation, flipped bytes, swapped JSON value types, lone surrogates, control
/// characters, out-of-range numbers and dates, huge names, deleted or repeated lines, BOM and UTF-16 re-encodings.
/// Shared with the <c>fuzz</c> benchmark mode (bench/AiRace.Benchmarks links this file).
/// </summary>
internal static partial class FileMutator
{
    public static readonly string[] Operators =
    [
        "truncate", "flip-bytes", "swap-type", "surrogate", "control-char", "absurd-number", "absurd-date", "huge-name",
        "drop-line", "repeat-line", "utf8-bom", "utf16-le", "utf16-be", "garbage",
    ];

    private static readonly string[] AbsurdNumbers =
        ["-99999", "1e308", "-1e300", "1e10", "-5", "NaN", "Infinity", "1e309", "-0", "99999999999999999999", "0.5e-400"];

    private static readonly string[] AbsurdDates = ["0001-01-01", "9999-12-31", "1899-12-31", "2999-01-01"];

    private static readonly string[] Replacements = ["1", "\"text\"", "{}", "[]", "null", "true", "{\"a\":1}", "[1,2]"];

    /// <summary>One mutation of <paramref name="original"/>, chosen by <paramref name="random"/>; returns the operator's name.</summary>
    public static (string Operator, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var op = Operators[random.Next(Operators.Length)];
        return (op, Apply(op, original, random));
    }

    public static byte[] Apply(string op, byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        switch (op)
        {
            case "truncate":
                return original[..random.Next(original.Length)];
            case "flip-bytes":
                var flipped = (byte[])original.Clone();
                for (var i = random.Next(1, 9); i > 0 && flipped.Length > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case "swap-type":
                return Utf8(ReplaceOne(text, JsonValue(), _ => Replacements[random.Next(Replacements.Length)], random));
            case "surrogate":
                return Utf8(ReplaceOne(text, QuotedText(), m => m.Value.Insert(1 + random.Next(m.Length - 1), "\\ud800"), random));
            case "control-char":
                return Utf8(ReplaceOne(text, Word(), m => m.Value + "\u0007\u001b[2J", random));
            case "absurd-number":
                return Utf8(ReplaceOne(text, Number(), _ => AbsurdNumbers[random.Next(AbsurdNumbers.Length)], random));
            case "absurd-date":
                return Utf8(ReplaceOne(text, Date(), _ => AbsurdDates[random.Next(AbsurdDates.Length)], random));
            case "huge-name":
                return Utf8(ReplaceOne(text, Word(), m => m.Value + new string('x', 5000), random));
            case "drop-line":
            case "repeat-line":
                var lines = text.Split('\n').ToList();
                if (lines.Count > 1)
                {
                    var at = random.Next(1, lines.Count);
                    if (op == "drop-line")
                    {
                        lines.RemoveAt(at);
                    }
                    else
                    {
                        lines.Insert(at, lines[at]);
                    }
                }

                return Utf8(string.Join('\n', lines));
            case "utf8-bom":
                return [0xEF, 0xBB, 0xBF, .. original];
            case "utf16-le":
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            case "utf16-be":
                return [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)];
            default:
                var garbage = new byte[random.Next(1, 4096)];
                random.NextBytes(garbage);
                return garbage;
        }
    }

    /// <summary>An absurd date for a dated folder name (a board folder named 0001-01-01 or 9999-12-31).</summary>
    public static string AbsurdFolderDate(Random random) => AbsurdDates[random.Next(AbsurdDates.Length)];

    private static string ReplaceOne(string text, Regex pattern, Func<Match, string> replace, Random random)
    {
        // Only the first 200,000 characters are searched, so that large files mutate quickly.
        var matches = pattern.Matches(text.Length > 200_000 ? text[..200_000] : text);
        if (matches.Count == 0)
        {
            return text;
        }

        var m = matches[random.Next(matches.Count)];
        return string.Concat(text.AsSpan(0, m.Index), replace(m), text.AsSpan(m.Index + m.Length));
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public static string Describe(int seed, string kind, string op) =>
        string.Create(CultureInfo.InvariantCulture, $"seed {seed}, {kind}, {op}");

    [GeneratedRegex(@"(?<=[:\[,]\s*)(""[^""\\]{0,80}""|-?\d+(\.\d+)?([eE][-+]?\d+)?|\{\}|true|false|null|\{)", RegexOptions.CultureInvariant)]
    private static partial Regex JsonValue();

    [GeneratedRegex(@"""[A-Za-z][^""\\]{0,60}""", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9\-_.]{2,40}", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![\w.-])-?\d+(\.\d+)?([eE][-+]?\d+)?(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Date();
}
