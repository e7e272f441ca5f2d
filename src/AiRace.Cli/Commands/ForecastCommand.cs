using AiRace.Core.Analysis;
using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Cli.Commands.Odds;
using AiRace.Core;
using AiRace.Core.Odds;
using AiRace.Sources.Odds;

namespace AiRace.Cli.Commands;

/// <summary><c>airace forecast</c>: the probability that the follower overtakes the leader within 1–5 years, with intervals, a back-test and references.</summary>
internal sealed class ForecastCommand : ICliCommand
{
    private readonly Option<string> _metric = OddsOptions.Metric();
    private readonly Option<string> _between = OddsOptions.Between();
    private readonly Option<string?> _horizon = new("--horizon") { Description = "Horizons, such as 1y,3y,5y or 6m (at most 10 years). Default 1y,2y,3y,4y,5y." };
    private readonly Option<int> _paths = new("--paths") { Description = "Monte Carlo paths (memory does not grow with them).", DefaultValueFactory = _ => 200_000 };
    private readonly Option<long> _seed = OddsOptions.Seed();
    private readonly Option<string?> _fitFrom = new("--fit-from") { Description = "Count frontier advances from this date only (YYYY-MM-DD). Default: each group's first date." };
    private readonly Option<int> _backtestPaths = new("--backtest-paths") { Description = "Monte Carlo paths per back-test origin.", DefaultValueFactory = _ => 20_000 };
    private readonly Option<FileInfo?> _references = new("--references") { Description = "A CSV of extra reference statements (who,date,statement,probability_low,probability_high,definition,horizon_years,source_url)." };

    public string Name => "forecast";

    public Command Build()
    {
        var cmd = new Command(Name, "The odds: probability that the second group's frontier overtakes the first's within each horizon, with 90% intervals, a back-test and reference statements.");
        foreach (var o in new Option[] { _metric, _between, _horizon, _paths, _seed, _fitFrom, _backtestPaths, _references })
        {
            cmd.Options.Add(o);
        }

        return cmd.WithExample("airace forecast --metric epoch-eci --between US,CN --horizon 1y,3y");
    }

    public int Execute(CliContext ctx)
    {
        var horizons = ForecastHorizons.Parse(ctx.Get(_horizon));
        var asOf = ctx.AsOf; // the global --as-of: data retrieved (file imports: dated) on or before it
        var fitFrom = AiRace.Application.Validation.DateText.Parse("--fit-from", ctx.Get(_fitFrom));
        var paths = ctx.Get(_paths);
        var backtestPaths = ctx.Get(_backtestPaths);
        if (paths < 1 || backtestPaths < 1)
        {
            throw new AiRaceException(ErrorKind.Usage, $"--paths {paths} / --backtest-paths {backtestPaths} must be positive, such as --paths 100000.");
        }

        var references = ReferenceProbabilities.Bundled().ToList();
        if (ctx.Get(_references) is { } file)
        {
            references.AddRange(ReferenceProbabilities.Load(file.FullName));
        }

        var pair = FrontierPairs.Load(ctx, ctx.Get(_metric)!, ctx.Get(_between)!, asOf);
        var options = new ForecastOptions(asOf ?? pair.DataEnd, horizons, paths, ctx.Get(_seed))
        {
            // Jumps are counted on one scale: from the last rating-method break on, unless a later --fit-from is given.
            FitFrom = Later(fitFrom, ScaleBreaks.LastMethodBreak(pair.ScaleBreaks, null, asOf)),
            BacktestPathsPerOrigin = backtestPaths,
        };
        var result = OvertakeForecast.Run(pair.Leader, pair.Follower, options);
        ForecastOutput.Write(ctx, pair, result, ReferenceComparison.Compare(references, result.Simulation));
        return ExitCodes.Ok;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
