using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Frontiers;

/// <summary>Reads what frontier computations need from the store once (the catalog, each metric's observations) and builds series.</summary>
public sealed class FrontierSource
{
    private readonly AiRaceStore _store;
    private readonly CountryAttribution _policy;
    private readonly Dictionary<string, IReadOnlyList<Observation>> _observations = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, CatalogModel>? _catalog;
    private FirstAppearances? _appearances;

    /// <param name="store">The store.</param>
    /// <param name="policy">Country attribution.</param>
    /// <param name="asOf">Use only data retrieved on or before this date; null for everything.</param>
    public FrontierSource(AiRaceStore store, CountryAttribution policy, DateOnly? asOf = null)
    {
        _store = store;
        _policy = policy;
        AsOf = asOf;
    }

    /// <summary>The frontiers of a session's store and policy as known on <paramref name="asOf"/> (null: everything).</summary>
    public FrontierSource(StoreSession session, DateOnly? asOf = null)
        : this((session ?? throw new ArgumentNullException(nameof(session))).Store, session.Attribution, asOf)
    {
    }

    /// <summary>The as-of date every query uses, or null.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>The country attribution policy the frontiers use.</summary>
    public CountryAttribution Policy => _policy;

    /// <summary>Every model with its attribution resolved.</summary>
    public IReadOnlyDictionary<string, CatalogModel> Catalog => _catalog ??= _store.Catalog(_policy, AsOf);

    public IReadOnlyList<Observation> Observations(string metricId)
    {
        if (!_observations.TryGetValue(metricId, out var list))
        {
            list = _store.Observations(metricId, AsOf);
            _observations[metricId] = list;
        }

        return list;
    }

    /// <summary>A group's frontier. Lab groups are matched on the canonical organization name (any known spelling works).</summary>
    public FrontierSeries Series(Metric metric, GroupSpec group) =>
        Frontier.Compute(
            metric, Observations(metric.Id), Catalog, Canonical(group),
            metric.Kind == MetricKind.Snapshot ? _appearances ??= _store.FirstAppearances(AsOf) : null);

    /// <summary>The metric's scale breaks found from its editions (snapshots, index editions) as known on the as-of date.</summary>
    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric) =>
        Core.Analysis.ScaleBreaks.Detect(_store.EditionScores(metric.Id, AsOf));

    /// <summary>The display name of a model key: the catalog's name, else the key.</summary>
    public string ModelName(string key) => Catalog.TryGetValue(key, out var m) ? m.Name : key;

    private GroupSpec Canonical(GroupSpec group) =>
        group.Kind == GroupKind.Lab ? group with { Value = _policy.CanonicalOrganization(group.Value) ?? group.Value } : group;
}
