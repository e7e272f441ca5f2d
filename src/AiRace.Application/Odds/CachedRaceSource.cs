using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Odds;

/// <summary>An <see cref="IRaceSource"/> that computes each (metric, group) series and each metric's scale breaks once (a lab races in several pairs).</summary>
internal sealed class CachedRaceSource(IRaceSource inner) : IRaceSource
{
    private readonly Dictionary<(string, GroupSpec), FrontierSeries> _series = [];
    private readonly Dictionary<string, IReadOnlyList<ScaleBreak>> _breaks = new(StringComparer.Ordinal);

    public IReadOnlyList<Metric> Metrics => inner.Metrics;

    public IReadOnlyDictionary<string, CatalogModel> Catalog => inner.Catalog;

    public IReadOnlyList<Observation> Observations(string metricId) => inner.Observations(metricId);

    public FrontierSeries Series(Metric metric, GroupSpec group)
    {
        if (!_series.TryGetValue((metric.Id, group), out var s))
        {
            _series[(metric.Id, group)] = s = inner.Series(metric, group);
        }

        return s;
    }

    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric)
    {
        if (!_breaks.TryGetValue(metric.Id, out var b))
        {
            _breaks[metric.Id] = b = inner.ScaleBreaks(metric);
        }

        return b;
    }
}
