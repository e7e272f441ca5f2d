using System.CommandLine;
using AiRace.Application.Odds;
using AiRace.Application.Validation;
using AiRace.Cli.Help;
using AiRace.Cli.Commands.Odds;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Odds;

namespace AiRace.Cli.Commands;

/// <summary><c>airace forecast</c>: the calibrated probability that the follower overtakes the leader, the model that earned it on the pooled back-test, and the references beside it.</summary>
internal sealed class ForecastCommand : ICliCommand
{
    private readonly Option<string> _metric = OddsOptions.Metric();
    private readonly Option<string> _between = OddsOptions.Between();
    private readonly Option<string?> _horizon = new("--horizon") { Description = "Horizons, such as 1y,3y,5y or 6m (at most 10 years). Default 1y,2y,3y,4y,5y." };
    private readonly Option<string?> _by = new("--by") { Description = "Answer one window: at any time from the last data date through this date (YYYY-MM-DD), as a market question asks." };
    private readonly Option<string?> _model = OddsOptions.Model();
    private readonly Option<int> _paths = new("--paths") { Description = "Monte Carlo paths of the simulated models.", DefaultValueFactory = _ => 20_000 };
    private readonly Option<long> _seed = OddsOptions.Seed();
    private readonly Option<int> _backtestPaths = new("--backtest-paths") { Description = "Monte Carlo paths per back-test forecast.", DefaultValueFactory = _ => 1000 };
    private readonly Option<FileInfo?> _references = new("--references") { Description = "A CSV of extra reference statements (who,date,statement,probability_low,probability_high,definition,horizon_years,source_url; optional metric,comparison,end_date)." };

    public string Name => "forecast";

    public Command Build()
    {
        var cmd = new Command(Name, "The odds: the calibrated probability that the second group's record overtakes the first's, from the model that beat the base rate on a pooled back-test over every race, with reference statements beside it.");
        foreach (var o in new Option[] { _metric, _between, _horizon, _by, _model, _paths, _seed, _backtestPaths, _references })
        {
            cmd.Options.Add(o);
        }

        return cmd.WithExample("airace forecast --metric epoch-eci --between US,CN --horizon 1y,3y");
    }

    public int Execute(CliContext ctx)
    {
        var by = DateText.Parse("--by", ctx.Get(_by));
        var horizons = Flagged("--horizon", () => ForecastHorizons.Parse(ctx.Get(_horizon)));
        var model = Flagged("--model", () => OddsModels.Parse(ctx.Get(_model)));
        var paths = ctx.Get(_paths);
        var backtestPaths = ctx.Get(_backtestPaths);
        if (paths < 1 || backtestPaths < 1)
        {
            throw new AiRaceException(ErrorKind.Usage, $"--paths {paths} / --backtest-paths {backtestPaths} must be positive, such as --paths 100000.");
        }

        var extra = ctx.Get(_references) is { } file ? ReferenceProbabilities.Load(file.FullName) : [];
        var source = FrontierRaceSource.For(ctx.Session, ctx.AsOf);
        // The one validation of metric ids and groups (the same messages as gap, behind and trend).
        var (metric, a, b) = InputFlags.Run(() =>
        {
            var m = MetricIds.Resolve(ctx.Store, ctx.Get(_metric));
            var (ga, gb) = KnownGroups.ParsePair(ctx.Get(_between), source.Catalog, ctx.Attribution);
            return (m, ga, gb);
        });
        var result = ForecastUseCase.Run(source, new ForecastQuery(metric, a, b, ctx.AsOf, horizons)
        {
            By = by,
            Model = model,
            Paths = paths,
            Seed = ctx.Get(_seed),
            BacktestPaths = backtestPaths,
            ExtraReferences = extra,
        });
        ForecastOutput.Write(ctx, result);
        return ExitCodes.Ok;
    }

    /// <summary>Core's messages name values, not options: the command puts its option in front (<c>--model: 'x' is not a model …</c>).</summary>
    private static T Flagged<T>(string flag, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (AiRaceException ex) when (ex.Kind == ErrorKind.Usage)
        {
            throw new AiRaceException(ex.Kind, $"{flag}: {ex.Message}", ex);
        }
    }
}
