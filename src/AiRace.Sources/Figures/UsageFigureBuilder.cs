using AiRace.Core.Attribution;
using AiRace.Core.Figures;
using AiRace.Core.Usage;
using AiRace.Sources.Attribution;
using AiRace.Store;

namespace AiRace.Sources.Figures;

/// <summary>Builds usage (OpenRouter token share) figures from a store.</summary>
public static class UsageFigureBuilder
{
    /// <param name="store">The store with imported usage rows.</param>
    /// <param name="policy">Country attribution; its bundled directory maps slug namespaces to labs.</param>
    /// <param name="query">What to compute.</param>
    /// <param name="rules">Openness by slug prefix; default: the bundled table.</param>
    public static ShareFigure Build(AiRaceStore store, CountryAttribution policy, UsageQuery query, OpennessRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var attribution = new OpenRouterAttribution(policy, rules ?? BundledOpenness.Rules, store.OpenRouterOpenness());
        return UsageFigures.Compute(query, store.UsageRows(), attribution, store.UsageSources());
    }
}
