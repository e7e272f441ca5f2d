using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Application.Validation;
using AiRace.Cli.Output;
using UsageQuery = AiRace.Application.Usage.UsageQuery;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace usage --by country|lab|openness|model [--from DATE --to DATE] [--denominator listed|all] [--free separate|merged|excluded]</c>:
/// weekly OpenRouter token shares.
/// </summary>
internal sealed class UsageCommand : ICliCommand
{
    private readonly Option<string> _by = new("--by") { Description = "Group by: country, lab, openness or model.", DefaultValueFactory = _ => "country" };
    private readonly Option<string?> _from = new("--from") { Description = "First week (any day of it), YYYY-MM-DD." };
    private readonly Option<string?> _to = new("--to") { Description = "Last week (any day of it), YYYY-MM-DD." };

    private readonly Option<string> _denominator = new("--denominator")
    {
        Description = "listed: shares of the tokens of the models the source lists (its top N); all: of every token (needs a source total).",
        DefaultValueFactory = _ => "listed",
    };

    private readonly Option<string> _free = new("--free")
    {
        Description = "Free routes (:free): merged with their model, separate groups, or excluded.",
        DefaultValueFactory = _ => "merged",
    };

    private readonly Option<int> _top = new("--top") { Description = "Groups shown (the rest summed as 'other'); 0 shows all.", DefaultValueFactory = _ => 12 };

    public string Name => "usage";

    public Command Build()
    {
        var cmd = new Command(Name, "Weekly OpenRouter token shares by country, lab, openness or model, with crossings.");
        foreach (var o in new Option[] { _by, _from, _to, _denominator, _free, _top })
        {
            cmd.Options.Add(o);
        }

        return cmd.WithExample("airace usage --by openness --from 2025-01-01");
    }

    public int Execute(CliContext ctx)
    {
        var by = Choice.Parse("--by", ctx.Get(_by), ShareChoices.UsageGroupings);
        var denominator = Choice.Parse("--denominator", ctx.Get(_denominator), ShareChoices.Denominators);
        var free = Choice.Parse("--free", ctx.Get(_free), ShareChoices.FreeModes);
        var query = new UsageQuery(
            by, free, denominator, DateText.Parse("--from", ctx.Get(_from)), DateText.Parse("--to", ctx.Get(_to)), ctx.Get(_top), ctx.AsOf);
        ShareFigureOutput.Write(ctx, InputFlags.Run(() => query.Run(ctx.Session)));
        return ExitCodes.Ok;
    }
}
