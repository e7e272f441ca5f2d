using AiRace.Application.Validation;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Catalog;

/// <summary>Models with organization, country (and the rule that gave it), openness and release date, filtered.</summary>
/// <param name="Search">Only models whose key or name contains this text.</param>
/// <param name="Organization">Only models of this organization (any spelling of it); a lab no model belongs to is a usage error.</param>
/// <param name="Country">Only models attributed to this ISO country code; a country no model is attributed to is a usage error.</param>
/// <param name="AsOf">Use only data retrieved on or before this date; null for everything.</param>
public sealed record ModelsQuery(string? Search = null, string? Organization = null, string? Country = null, DateOnly? AsOf = null)
{
    public IReadOnlyList<ModelRow> Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var policy = session.Attribution;
        var catalog = session.Store.Catalog(policy, AsOf);
        var org = string.IsNullOrWhiteSpace(Organization)
            ? null
            : KnownGroups.Check(new GroupSpec(GroupKind.Lab, Organization.Trim()), catalog, policy, "org").Value;
        var country = string.IsNullOrWhiteSpace(Country)
            ? null
            : KnownGroups.Check(new GroupSpec(GroupKind.Country, Country.Trim().ToUpperInvariant()), catalog, policy, "country").Value;
        return
        [
            .. catalog.Values
                .Where(m => Search is null || m.Key.Contains(Search, StringComparison.OrdinalIgnoreCase) || m.Name.Contains(Search, StringComparison.OrdinalIgnoreCase))
                .Where(m => org is null || string.Equals(m.Organization, org, StringComparison.OrdinalIgnoreCase))
                .Where(m => country is null || m.Country == country)
                .OrderBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new ModelRow(m.Key, m.Name, m.Organization, m.Country, m.CountryRule.ToString().ToLowerInvariant(), OpennessNames.ToName(m.Openness), m.ReleaseDate)),
        ];
    }

    /// <summary>Where the sources of the selected models disagree (openness, release date, organization), with the winner and its rule.</summary>
    public IReadOnlyList<ModelConflict> Conflicts(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var keys = Run(session).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return [.. session.Store.ModelConflicts(session.Attribution, AsOf).Where(c => keys.Contains(c.Key))];
    }
}
