using AiRace.Application.Behind;
using AiRace.Application.Frontiers;
using AiRace.Application.Gap;
using AiRace.Application.Trend;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Headline;

/// <summary>One key measure of the headline, from the gap, behind and trend queries.</summary>
internal static class HeadlineMeasures
{
    /// <summary>The fewest comparison dates a trend is fitted on.</summary>
    public const int MinTrendDates = 6;

    public static HeadlineMeasure? TryBuild(StoreSession session, string metricId, DateOnly? asOf, long seed)
    {
        var metric = Validation.MetricIds.Resolve(session.Store, metricId);
        var gap = new GapQuery(metricId, HeadlineQuery.Between, AsOf: asOf).Run(session);
        if (gap.Points.Count == 0)
        {
            return null;
        }

        var behind = new BehindQuery(metricId, HeadlineQuery.Between, AsOf: asOf).Run(session).Series;
        HeadlineTrend? trend = null;
        if (gap.Points.Count >= MinTrendDates)
        {
            try
            {
                trend = HeadlineTrend.Of(new TrendQuery(metricId, HeadlineQuery.Between, Seed: seed, AsOf: asOf).Run(session));
            }
            catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage)
            {
                trend = null; // too little comparable history on one scale
            }
        }

        return new HeadlineMeasure(
            metric.Id, metric.Name, metric.Unit, metric.HigherIsBetter, metric.Kind == MetricKind.Snapshot, ScaleText.Of(metric), gap.Points[^1],
            gap.Definition, behind?.Estimate, behind?.Summary.Current, trend, gap.Points, gap.Sources);
    }
}
