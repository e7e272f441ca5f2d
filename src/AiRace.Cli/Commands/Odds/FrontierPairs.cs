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
        var source = new AiRace.Cli.Analysis.FrontierSource(ctx.Store, ctx.Attribution, asOf);
        var observations = source.Observations(metric.Id);
        if (observations.Count == 0)
        {
            throw new AiRaceException(ErrorKind.Usage, $"The metric '{metric.Id}' has no observations on or before {Text(asOf)}. Pick a later --as-of.");
        }

        var leader = source.Series(metric, a);
        var follower = source.Series(metric, b);
        foreach (var s in new[] { leader, follower })
        {
            if (s.Points.Count == 0)
            {
                throw new AiRaceException(
                    ErrorKind.Usage,
                    $"The group {s.Group.Label} has no model on '{metric.Id}' up to {Text(asOf)} ({s.UnplacedModels} models could not be placed). Check `airace models --country` or pass --attribution.");
            }
        }

        return new FrontierPair(metric, leader, follower, observations.Max(o => o.Date), source.ScaleBreaks(metric));
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
