using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Application.Validation;

/// <summary>
/// The one parse of a pair of groups (<c>US,CN</c>, <c>closed,open</c>, <c>lab:OpenAI,lab:DeepSeek</c>) and the one check of
/// a country or lab: a country no model of the store is attributed to, or a lab no model belongs to, is a usage error
/// listing the known spellings, closest first.
/// </summary>
public static class KnownGroups
{
    /// <summary>The two groups of <paramref name="text"/>, each checked against the catalog (input <c>between</c>).</summary>
    public static (GroupSpec A, GroupSpec B) ParsePair(string? text, IReadOnlyDictionary<string, CatalogModel> catalog, CountryAttribution policy)
    {
        GroupSpec a, b;
        try
        {
            (a, b) = GroupSpec.ParsePair(text ?? string.Empty);
        }
        catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage)
        {
            throw QueryInput.Error("between", ex.Message);
        }

        return (Check(a, catalog, policy), Check(b, catalog, policy));
    }

    /// <summary>The group when the catalog knows it (a lab with its canonical name); a usage error naming the known spellings otherwise.</summary>
    /// <param name="group">The group.</param>
    /// <param name="catalog">The models as known on the as-of date.</param>
    /// <param name="policy">The attribution policy (it knows every spelling of a lab).</param>
    /// <param name="input">The query input the group came from: <c>between</c> (a group, spelled <c>lab:NAME</c>), else a plain country or lab filter.</param>
    public static GroupSpec Check(GroupSpec group, IReadOnlyDictionary<string, CatalogModel> catalog, CountryAttribution policy, string input = "between")
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policy);
        var asGroup = input == "between";
        switch (group.Kind)
        {
            case GroupKind.Country:
                var countries = catalog.Values.Select(m => m.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                if (countries.Contains(group.Value, StringComparer.Ordinal))
                {
                    return group;
                }

                throw QueryInput.Error(
                    input,
                    $"Unknown {(asGroup ? "group" : "country")} '{group.Label}': no model in the store is attributed to that country. Known countries: {Known(group.Value, countries)}{(asGroup ? "; or 'open', 'closed', 'lab:NAME'" : string.Empty)}.");
            case GroupKind.Lab:
                var canonical = policy.CanonicalOrganization(group.Value) ?? group.Value;
                var labs = catalog.Values.Select(m => m.Organization).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (labs.Contains(canonical, StringComparer.OrdinalIgnoreCase))
                {
                    return group with { Value = canonical };
                }

                var prefix = asGroup ? "lab:" : string.Empty;
                throw QueryInput.Error(
                    input,
                    $"Unknown {(asGroup ? "group" : "lab")} '{prefix}{group.Value}': no model in the store belongs to that lab. Known labs: {Known(prefix + group.Value, [.. labs.Select(l => prefix + l)])}.");
            default:
                return group;
        }
    }

    private static string Known(string wrong, IReadOnlyCollection<string> known) =>
        known.Count == 0 ? "none (the store has no attributed models yet)" : Spellings.List(wrong, known);
}
