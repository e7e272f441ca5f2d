using System.CommandLine;
using AiRace.Application.Trend;
using AiRace.Application.Validation;
using AiRace.Cli.Help;
using AiRace.Cli.Commands.Odds;

namespace AiRace.Cli.Commands;

/// <summary><c>airace trend</c>: is the gap widening? Slope of the gap (points and months behind) with a block-bootstrap interval, a verdict and change points.</summary>
internal sealed class TrendCommand : ICliCommand
{
    private readonly Option<string> _metric = OddsOptions.Metric();
    private readonly Option<string> _between = OddsOptions.Between();
    private readonly Option<string?> _from = new("--from") { Description = "First date of the window (YYYY-MM-DD). Default: the first common date." };
    private readonly Option<string?> _to = new("--to") { Description = "Last date of the window (YYYY-MM-DD); later observations are ignored. Default: the last date." };
    private readonly Option<double?> _tolerance = new("--tolerance") { Description = "First-match tolerance in metric points. Default: 1% of the range of both frontiers in the window." };
    private readonly Option<long> _seed = OddsOptions.Seed();

    public string Name => "trend";

    public Command Build()
    {
        var cmd = new Command(Name, "Is the gap widening? Trend of the gap between two groups, with a 90% interval, a verdict, change points and three months-behind measures.");
        cmd.Options.Add(_metric);
        cmd.Options.Add(_between);
        cmd.Options.Add(_from);
        cmd.Options.Add(_to);
        cmd.Options.Add(_tolerance);
        cmd.Options.Add(_seed);
        _between.Description = "Two groups A,B (US,CN; closed,open; lab:OpenAI,lab:DeepSeek): the trend is that of the gap A − B.";
        return cmd.WithExample("airace trend --metric lmarena-text --between US,CN --from 2024-01-01");
    }

    public int Execute(CliContext ctx)
    {
        var query = new TrendQuery(
            ctx.Get(_metric)!, ctx.Get(_between)!, DateText.Parse("--from", ctx.Get(_from)), DateText.Parse("--to", ctx.Get(_to)),
            ctx.Get(_tolerance), ctx.Get(_seed), ctx.AsOf);
        TrendOutput.Write(ctx, InputFlags.Run(() => query.Run(ctx.Session)));
        return ExitCodes.Ok;
    }
}
