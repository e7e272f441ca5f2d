using AiRace.Application.Validation;

namespace AiRace.Application.Catalog;

/// <summary>Organizations with a model in the store: country, attribution rules, models, and their best rank.</summary>
/// <param name="Metric">Rank models on this metric only; null for their best rank on any metric.</param>
/// <param name="OnlyUnresolved">Only organizations with models no rule attributes (their best rank is that of those models).</param>
/// <param name="AsOf">Use only data retrieved on or before this date; null for everything.</param>
public sealed record OrgsQuery(string? Metric = null, bool OnlyUnresolved = false, DateOnly? AsOf = null)
{
    public IReadOnlyList<OrgRow> Run(StoreSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var metric = Metric is null ? null : MetricIds.Resolve(session.Store, Metric).Id;
        var ranks = session.Store.BestRanks(metric);
        return
        [
            .. session.Store.Catalog(session.Attribution, AsOf).Values
                .Where(m => metric is null || ranks.ContainsKey(m.Key))
                .GroupBy(m => m.Organization ?? "(none)", StringComparer.Ordinal)
                .Select(g =>
                {
                    var countries = g.Select(m => m.Country).Where(c => c is not null).Distinct().Order().ToList();
                    var rules = g.Select(m => m.CountryRule.ToString().ToLowerInvariant()).Distinct().Order();
                    var best = g.Where(m => !OnlyUnresolved || m.Country is null)
                        .Select(m => ranks.TryGetValue(m.Key, out var rank) ? rank : (long?)null).Min();
                    return new OrgRow(g.Key, countries.Count == 0 ? null : string.Join('|', countries), string.Join('|', rules), g.Count(),
                        g.Count(m => m.Country is null), best);
                })
                .Where(r => !OnlyUnresolved || r.UnresolvedModels > 0)
                .OrderBy(r => r.BestRank ?? long.MaxValue).ThenByDescending(r => r.Models).ThenBy(r => r.Organization, StringComparer.Ordinal),
        ];
    }
}
