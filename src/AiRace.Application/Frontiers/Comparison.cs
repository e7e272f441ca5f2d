using AiRace.Application.Validation;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Application.Frontiers;

/// <summary>
/// What <c>gap</c>, <c>behind</c>, <c>trend</c> and <c>forecast</c> compare: one metric (validated), two groups (validated
/// against the catalog) and both frontiers as known on the as-of date.
/// </summary>
public sealed class Comparison
{
    private Comparison(Metric metric, FrontierSeries a, FrontierSeries b, IReadOnlyList<string> sources, FrontierSource frontiers)
    {
        Metric = metric;
        A = a;
        B = b;
        Sources = sources;
        Frontiers = frontiers;
    }

    public Metric Metric { get; }

    /// <summary>The first group's frontier (the leader, for trend and forecast).</summary>
    public FrontierSeries A { get; }

    /// <summary>The second group's frontier.</summary>
    public FrontierSeries B { get; }

    /// <summary>The attribution texts of the imports behind the metric.</summary>
    public IReadOnlyList<string> Sources { get; }

    public FrontierSource Frontiers { get; }

    /// <summary>Resolves the metric and both groups (usage errors naming the known values) and computes both frontiers.</summary>
    /// <param name="session">The store and policy.</param>
    /// <param name="metricId">The metric id.</param>
    /// <param name="between">Two groups, <c>A,B</c>.</param>
    /// <param name="asOf">Use only data retrieved on or before this date; null for everything.</param>
    public static Comparison Load(StoreSession session, string? metricId, string? between, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(session);
        var metric = MetricIds.Resolve(session.Store, metricId);
        var frontiers = new FrontierSource(session, asOf);
        var (a, b) = KnownGroups.ParsePair(between, frontiers.Catalog, frontiers.Policy);
        return new Comparison(metric, frontiers.Series(metric, a), frontiers.Series(metric, b), session.Store.Attributions(metric.Id), frontiers);
    }

    /// <summary>The date of the metric's last observation known on the as-of date; a usage error when there is none.</summary>
    public DateOnly DataEnd => Frontiers.Observations(Metric.Id) is { Count: > 0 } o
        ? o.Max(x => x.Date)
        : throw new AiRaceException(
            ErrorKind.Usage,
            $"The metric '{Metric.Id}' has no observations on or before {(Frontiers.AsOf is { } d ? DateText.Format(d) : "today")}: pick a later as-of date.");

    /// <summary>This comparison when both groups have a frontier; a usage error naming the empty group otherwise.</summary>
    public Comparison RequireFrontiers()
    {
        _ = DataEnd;
        foreach (var s in new[] { A, B })
        {
            if (s.Points.Count == 0)
            {
                throw new AiRaceException(
                    ErrorKind.Usage,
                    $"The group {s.Group.Label} has no model on '{Metric.Id}' up to {(Frontiers.AsOf is { } d ? DateText.Format(d) : "today")} ({s.UnplacedModels} models could not be placed): check the models' countries, or give an attribution override for their organizations.");
            }
        }

        return this;
    }

    /// <summary>The last date either group has a frontier value, or null when neither has one.</summary>
    public DateOnly? LastDate => new[] { A.Points.LastOrDefault()?.Date, B.Points.LastOrDefault()?.Date }.Max();
}
