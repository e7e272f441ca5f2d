namespace AiRace.Application.Validation;

/// <summary>Known spellings of a value, closest to a wrong one first (edit distance, case aside), for error messages.</summary>
public static class Spellings
{
    /// <summary>How many spellings a message lists before saying how many more there are.</summary>
    public const int Listed = 12;

    /// <summary><paramref name="known"/> ordered by closeness to <paramref name="wrong"/> (then alphabetically), without duplicates.</summary>
    public static IReadOnlyList<string> Closest(string? wrong, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var w = (wrong ?? string.Empty).Trim().ToUpperInvariant();
        return
        [
            .. known.Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(k => (Name: k, Score: Score(w, k.ToUpperInvariant())))
                .OrderBy(x => x.Score).ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
                .Select(x => x.Name),
        ];
    }

    /// <summary>The closest known spellings, joined: at most <see cref="Listed"/>, then how many more.</summary>
    public static string List(string? wrong, IEnumerable<string> known)
    {
        var ordered = Closest(wrong, known);
        var shown = string.Join(", ", ordered.Take(Listed));
        return ordered.Count > Listed ? $"{shown} (and {ordered.Count - Listed} more)" : shown;
    }

    /// <summary>Edit distance, with a prefix of the known spelling counted as closer than any other (DeepSe → DeepSeek).</summary>
    private static int Score(string wrong, string known)
    {
        var d = Distance(wrong, known);
        return wrong.Length > 0 && known.StartsWith(wrong, StringComparison.Ordinal) ? Math.Min(d, 1) : d;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
