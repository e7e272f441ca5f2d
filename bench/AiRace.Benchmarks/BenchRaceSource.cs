using AiRace.Application.Odds;
using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Benchmarks;

/// <summary>
/// The odds' view of a store for the benchmarks, reading what the CLI's FrontierSource reads (catalog, observations,
/// first appearances, edition scores) once; the benchmark cannot reach the CLI's internal type.
/// </summary>
internal sealed class BenchRaceSource(AiRaceStore store, CountryAttribution policy) : IRaceSource
{
    private readonly Dictionary<string, IReadOnlyList<Observation>> _observations = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, CatalogModel>? _catalog;
    private FirstAppearances? _appearances;

    public IReadOnlyList<Metric> Metrics { get; } = [.. store.Metrics().Where(m => m.Observations > 0)
        .Select(m => new Metric(m.Id, m.Name, MetricKindNames.Parse(m.Kind), m.HigherIsBetter, m.Unit, m.Description))];

    public IReadOnlyDictionary<string, CatalogModel> Catalog => _catalog ??= store.Catalog(policy, null);

    public IReadOnlyList<Observation> Observations(string metricId)
    {
        if (!_observations.TryGetValue(metricId, out var list))
        {
            _observations[metricId] = list = store.Observations(metricId, null);
        }

        return list;
    }

    public FrontierSeries Series(Metric metric, GroupSpec group) =>
        Frontier.Compute(metric, Observations(metric.Id), Catalog, group, metric.Kind == MetricKind.Snapshot ? _appearances ??= store.FirstAppearances(null) : null);

    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric) => Core.Analysis.ScaleBreaks.Detect(store.EditionScores(metric.Id, null));
}
