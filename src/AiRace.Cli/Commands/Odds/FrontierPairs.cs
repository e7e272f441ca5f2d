using System.Globalization;
using AiRace.Core;
using AiRace.Core.Analysis;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Loads a metric's two group frontiers from the store, keeping only observations dated on or before an as-of date.</summary>
internal static class FrontierPairs
{
    public static FrontierPair Load(CliContext ctx, string metricId, string between, DateOnly? asOf)
    {
        var (a, b) = GroupSpec.ParsePair(between);
        var metric = ctx.Store.FindMetric(metricId) ?? throw UnknownMetric(ctx, metricId);
        var observations = ctx.Store.Observations(metric.Id).Where(o => asOf is not { } d || o.Date <= d).ToList();
        if (observations.Count == 0)
        {
            throw new AiRaceException(ErrorKind.Usage, $"The metric '{metric.Id}' has no observations on or before {Text(asOf)}. Pick a later --as-of.");
        }

        var catalog = ctx.Store.Catalog(ctx.Attribution);
        var leader = Frontier.Compute(metric, observations, catalog, a);
        var follower = Frontier.Compute(metric, observations, catalog, b);
        foreach (var s in new[] { leader, follower })
        {
            if (s.Points.Count == 0)
            {
                throw new AiRaceException(
                    ErrorKind.Usage,
                    $"The group {s.Group.Label} has no model on '{metric.Id}' up to {Text(asOf)} ({s.UnplacedModels} models could not be placed). Check `airace models --country` or pass --attribution.");
            }
        }

        return new FrontierPair(metric, leader, follower, observations.Max(o => o.Date));
    }

    private static AiRaceException UnknownMetric(CliContext ctx, string id)
    {
        var known = string.Join(", ", ctx.Store.Metrics().Select(m => m.Id));
        return new AiRaceException(
            ErrorKind.Usage,
            $"Unknown metric '{id}'. Known metrics: {(known.Length == 0 ? "none (run `airace import` first)" : known)}.");
    }

    private static string Text(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "today";
}
