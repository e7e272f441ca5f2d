using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Odds;

/// <summary>
/// What the odds need from the store, as known on the as-of date: the metrics, each metric's observations, the model
/// catalog with attribution resolved, a group's frontier series, and a metric's scale breaks.
/// </summary>
public interface IRaceSource
{
    IReadOnlyList<Metric> Metrics { get; }

    IReadOnlyDictionary<string, CatalogModel> Catalog { get; }

    IReadOnlyList<Observation> Observations(string metricId);

    FrontierSeries Series(Metric metric, GroupSpec group);

    IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric);
}
