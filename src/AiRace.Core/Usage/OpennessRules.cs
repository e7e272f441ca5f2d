using AiRace.Core.Domain;

namespace AiRace.Core.Usage;

/// <summary>Openness of OpenRouter slugs by the longest matching prefix (case-insensitive); <c>Unknown</c> when none matches.</summary>
public sealed class OpennessRules
{
    private readonly List<OpennessRule> _rules;

    public OpennessRules(IEnumerable<OpennessRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.OrderByDescending(r => r.Prefix.Length).ToList();
    }

    public static OpennessRules Empty { get; } = new([]);

    public Openness Of(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return _rules.FirstOrDefault(r => slug.StartsWith(r.Prefix, StringComparison.OrdinalIgnoreCase))?.Openness ?? Openness.Unknown;
    }
}
