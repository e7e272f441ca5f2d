using AiRace.Application.Validation;
using AiRace.Core;
using AiRace.Core.Attribution;
using AiRace.Core.Figures;
using AiRace.Core.Usage;
using AiRace.Sources.Attribution;
using AiRace.Store;

namespace AiRace.Application.Shares;

/// <summary>Builds usage (OpenRouter token share) figures from a store.</summary>
public static class UsageFigureBuilder
{
    /// <param name="store">The store with imported usage rows.</param>
    /// <param name="policy">Country attribution; its bundled directory maps slug namespaces to labs.</param>
    /// <param name="query">What to compute.</param>
    /// <param name="rules">Openness by slug prefix; default: the bundled table.</param>
    /// <param name="asOf">Use only weeks whose file is dated (or was read) on or before this date; null for every week.</param>
    public static ShareFigure Build(AiRaceStore store, CountryAttribution policy, UsageSelection query, OpennessRules? rules = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var attribution = new OpenRouterAttribution(policy, rules ?? BundledOpenness.Rules, store.OpenRouterOpenness());
        var rows = store.UsageRows();
        var known = asOf is { } d ? [.. rows.Where(r => r.SourceDate <= d)] : rows;
        if (known.Count == 0 && rows.Count > 0)
        {
            throw new AiRaceException(
                ErrorKind.Usage,
                $"No usage week is known on {DateText.Format(asOf!.Value)}; the first file is dated {DateText.Format(rows.Min(r => r.SourceDate))}. Pick a later as-of date.");
        }

        return UsageFigures.Compute(query, known, attribution, store.UsageSources());
    }
}
