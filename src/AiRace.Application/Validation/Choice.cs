using AiRace.Core;

namespace AiRace.Application.Validation;

/// <summary>The one parse of a named choice (a grouping, a denominator, a free-route mode): case and spaces aside, else a usage error listing the names.</summary>
public static class Choice
{
    /// <summary>The value named <paramref name="text"/>.</summary>
    /// <param name="name">What the choice is, as the caller's user knows it (a CLI passes its option, such as <c>--by</c>).</param>
    /// <param name="text">The text to parse.</param>
    /// <param name="choices">Every name and its value, in the order the message lists them.</param>
    public static T Parse<T>(string name, string? text, IReadOnlyList<(string Name, T Value)> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var t = text?.Trim();
        foreach (var (n, value) in choices)
        {
            if (string.Equals(n, t, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var names = choices.Select(c => c.Name).ToList();
        var list = names.Count > 1 ? $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}" : string.Join(string.Empty, names);
        throw new AiRaceException(ErrorKind.Usage, $"{name} '{text}' is not known: use {list}.");
    }
}
