using AiRace.Application.Odds;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Tests.Odds;

/// <summary>An <see cref="IRaceSource"/> over observations and a catalog held in memory (series by the real <see cref="Frontier.Compute"/>, no scale breaks).</summary>
internal sealed class InMemoryRaceSource(IReadOnlyList<Metric> metrics, IReadOnlyList<Observation> observations, IReadOnlyDictionary<string, CatalogModel> catalog) : IRaceSource
{
    public int SeriesCalls { get; private set; }

    public IReadOnlyList<Metric> Metrics => metrics;

    public IReadOnlyDictionary<string, CatalogModel> Catalog => catalog;

    public IReadOnlyList<Observation> Observations(string metricId) => [.. observations.Where(o => o.MetricId == metricId)];

    public FrontierSeries Series(Metric metric, GroupSpec group)
    {
        SeriesCalls++;
        return Frontier.Compute(metric, Observations(metric.Id), catalog, group);
    }

    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric) => [];
}
