using AiRace.Application.Odds;
using AiRace.Cli.Analysis;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Cli.Commands.Odds;

/// <summary>The odds' view of the store: <see cref="FrontierSource"/> (which honours --as-of) behind <see cref="IRaceSource"/>.</summary>
internal sealed class FrontierRaceSource(FrontierSource source, IReadOnlyList<Metric> metrics) : IRaceSource
{
    public IReadOnlyList<Metric> Metrics { get; } = metrics;

    public IReadOnlyDictionary<string, CatalogModel> Catalog => source.Catalog;

    public IReadOnlyList<Observation> Observations(string metricId) => source.Observations(metricId);

    public FrontierSeries Series(Metric metric, GroupSpec group) => source.Series(metric, group);

    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric) => source.ScaleBreaks(metric);
}
