using AiRace.Application.Frontiers;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Odds;

/// <summary>The odds' view of the store: the one <see cref="FrontierSource"/> (which honours the as-of date) behind <see cref="IRaceSource"/>.</summary>
public sealed class FrontierRaceSource : IRaceSource
{
    private readonly FrontierSource _source;

    public FrontierRaceSource(FrontierSource source, IReadOnlyList<Metric> metrics)
    {
        _source = source;
        Metrics = metrics;
    }

    /// <summary>Every metric with observations on or before <paramref name="asOf"/>, read through a session's store and policy.</summary>
    public static FrontierRaceSource For(StoreSession session, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(session);
        var source = new FrontierSource(session, asOf);
        return new FrontierRaceSource(source, [.. session.Store.Metrics(asOf).Where(m => m.Observations > 0).Select(m => m.ToMetric())]);
    }

    public IReadOnlyList<Metric> Metrics { get; }

    public IReadOnlyDictionary<string, CatalogModel> Catalog => _source.Catalog;

    public IReadOnlyList<Observation> Observations(string metricId) => _source.Observations(metricId);

    public FrontierSeries Series(Metric metric, GroupSpec group) => _source.Series(metric, group);

    public IReadOnlyList<ScaleBreak> ScaleBreaks(Metric metric) => _source.ScaleBreaks(metric);
}
