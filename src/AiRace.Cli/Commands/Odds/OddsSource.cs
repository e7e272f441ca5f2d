using AiRace.Cli.Analysis;
using AiRace.Core.Domain;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Builds the odds' <see cref="FrontierRaceSource"/> for a command: the store as of the global --as-of, with its attribution policy.</summary>
internal static class OddsSource
{
    public static FrontierRaceSource For(CliContext ctx)
    {
        var source = new FrontierSource(ctx.Store, ctx.Attribution, ctx.AsOf);
        var metrics = ctx.Store.Metrics(ctx.AsOf)
            .Select(m => new Metric(m.Id, m.Name, MetricKindNames.Parse(m.Kind), m.HigherIsBetter, m.Unit, m.Description))
            .ToList();
        return new FrontierRaceSource(source, metrics);
    }
}
