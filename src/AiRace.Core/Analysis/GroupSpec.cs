using AiRace.Core.Domain;

namespace AiRace.Core.Analysis;

/// <summary>
/// A group of models: a country (<c>US</c>, <c>CN</c>, ISO alpha-2), an openness (<c>open</c>, <c>closed</c>),
/// or a lab (<c>lab:OpenAI</c>, any spelling the attribution policy knows).
/// </summary>
public sealed record GroupSpec(GroupKind Kind, string Value)
{
    /// <summary>The text a user types for this group.</summary>
    public string Label => Kind switch
    {
        GroupKind.Lab => $"lab:{Value}",
        _ => Value,
    };

    /// <summary>Parses <c>US</c>, <c>open</c>, <c>closed</c> or <c>lab:NAME</c>; anything else is a usage error naming the value.</summary>
    public static GroupSpec Parse(string text)
    {
        var t = (text ?? string.Empty).Trim();
        if (t.StartsWith("lab:", StringComparison.OrdinalIgnoreCase) && t.Length > 4)
        {
            return new GroupSpec(GroupKind.Lab, t[4..].Trim());
        }

        if (t.Equals("open", StringComparison.OrdinalIgnoreCase) || t.Equals("closed", StringComparison.OrdinalIgnoreCase))
        {
            return new GroupSpec(GroupKind.Openness, t.ToLowerInvariant());
        }

        if (t.Length == 2 && t.All(char.IsAsciiLetter))
        {
            return new GroupSpec(GroupKind.Country, t.ToUpperInvariant());
        }

        throw new AiRaceException(
            ErrorKind.Usage,
            $"Unknown group '{text}': use an ISO country code (US, CN, FR), 'open', 'closed', or 'lab:NAME' (lab:OpenAI).");
    }

    /// <summary>Parses a pair of groups <c>A,B</c>, such as <c>US,CN</c>.</summary>
    public static (GroupSpec A, GroupSpec B) ParsePair(string text)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new AiRaceException(ErrorKind.Usage, $"'{text}' is not a pair of groups: give exactly two, separated by a comma, such as US,CN or closed,open.");
        }

        return (Parse(parts[0]), Parse(parts[1]));
    }

    /// <summary>
    /// Whether the model belongs to the group: true or false, or null when the model cannot be placed
    /// (unresolved country for a country group, unknown openness for an openness group). Unplaced models are counted, not guessed.
    /// </summary>
    public bool? Contains(CatalogModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Kind switch
        {
            GroupKind.Country => model.Country is null ? null : model.Country == Value,
            GroupKind.Openness => model.Openness == Openness.Unknown ? null : OpennessNames.ToName(model.Openness) == Value,
            _ => model.Organization is null ? null : string.Equals(model.Organization, Value, StringComparison.OrdinalIgnoreCase),
        };
    }
}
