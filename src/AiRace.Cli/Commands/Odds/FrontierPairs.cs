using AiRace.Application.Frontiers;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Loads a metric's two group frontiers (validated by the application layer) as known on an as-of date.</summary>
internal static class FrontierPairs
{
    public static FrontierPair Load(CliContext ctx, string metricId, string between, DateOnly? asOf)
    {
        var c = InputFlags.Run(() => Comparison.Load(ctx.Session, metricId, between, asOf).RequireFrontiers());
        return new FrontierPair(c.Metric, c.A, c.B, c.DataEnd, c.Frontiers.ScaleBreaks(c.Metric));
    }
}
