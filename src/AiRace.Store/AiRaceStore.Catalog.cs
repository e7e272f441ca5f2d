using AiRace.Core.Attribution;
using AiRace.Core.Domain;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>Every model with its country resolved by <paramref name="policy"/>, keyed by model key.</summary>
    public IReadOnlyDictionary<string, CatalogModel> Catalog(CountryAttribution policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var catalog = new Dictionary<string, CatalogModel>(StringComparer.Ordinal);
        foreach (var m in Models())
        {
            var r = policy.Resolve(m.Organization, m.SourceCountry);
            catalog[m.Key] = new CatalogModel(m.Key, m.Name, r.Organization, r.Country, r.Rule, m.Openness, m.ReleaseDate);
        }

        return catalog;
    }
}
