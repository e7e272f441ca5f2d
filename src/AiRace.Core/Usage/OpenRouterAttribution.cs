using System.Text.RegularExpressions;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Core.Usage;

/// <summary>
/// Attributes OpenRouter slugs: the lab from the slug's namespace (the organizations table's <c>openrouter_namespaces</c>;
/// <c>openrouter/*</c> stealth models match no lab and stay unresolved), the country from the attribution policy for that lab,
/// the openness from the store's catalog (a model whose OpenRouter id is the slug, with or without its date suffix), else
/// the hand-curated rules, else unknown.
/// </summary>
public sealed partial class OpenRouterAttribution
{
    private readonly CountryAttribution _policy;
    private readonly OpennessRules _rules;
    private readonly IReadOnlyDictionary<string, Openness> _catalog;
    private readonly Dictionary<string, OpenRouterModel> _memo = new(StringComparer.Ordinal);

    /// <param name="policy">Country attribution (its bundled directory supplies the namespaces).</param>
    /// <param name="rules">Openness by slug prefix.</param>
    /// <param name="catalogOpenness">OpenRouter id → openness known from imported catalogs (case-insensitive keys expected).</param>
    public OpenRouterAttribution(CountryAttribution policy, OpennessRules rules, IReadOnlyDictionary<string, Openness>? catalogOpenness = null)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _catalog = catalogOpenness ?? new Dictionary<string, Openness>();
    }

    public OpenRouterModel Resolve(string baseSlug)
    {
        ArgumentNullException.ThrowIfNull(baseSlug);
        if (_memo.TryGetValue(baseSlug, out var known))
        {
            return known;
        }

        var slash = baseSlug.IndexOf('/', StringComparison.Ordinal);
        var entry = slash > 0 ? _policy.Bundled.FindByOpenRouterNamespace(baseSlug[..slash]) : null;
        var country = entry is null ? null : _policy.Resolve(entry.Name, null).Country;
        var openness = CatalogOpenness(baseSlug);
        if (openness == Openness.Unknown)
        {
            openness = _rules.Of(baseSlug);
        }

        return _memo[baseSlug] = new OpenRouterModel(baseSlug, entry?.Name, country, openness);
    }

    private Openness CatalogOpenness(string slug)
    {
        if (_catalog.TryGetValue(slug, out var o) && o != Openness.Unknown)
        {
            return o;
        }

        var undated = DateSuffix().Replace(slug, string.Empty);
        return undated != slug && _catalog.TryGetValue(undated, out o) ? o : Openness.Unknown;
    }

    /// <summary>A permaslug's trailing date: <c>-20251201</c>, <c>-0324</c>, <c>-03-25</c>, <c>-04-28</c>.</summary>
    [GeneratedRegex(@"-(\d{8}|\d{4}|\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateSuffix();
}
