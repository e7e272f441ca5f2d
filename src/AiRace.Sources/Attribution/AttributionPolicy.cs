using AiRace.Core.Attribution;
using AiRace.Store;

namespace AiRace.Sources.Attribution;

/// <summary>Builds the country attribution policy for a store: bundled table, the store's imported Epoch table, and the user's overrides.</summary>
public static class AttributionPolicy
{
    public static CountryAttribution For(AiRaceStore store, string? overridesPath = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var overrides = overridesPath is null ? null : AttributionOverrides.Load(overridesPath);
        return new CountryAttribution(BundledOrganizations.Table, store.ImportedOrganizations(), overrides);
    }
}
