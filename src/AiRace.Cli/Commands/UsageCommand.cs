using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using AiRace.Core;
using AiRace.Application.Validation;
using AiRace.Core.Usage;
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
        var by = ctx.Get(_by)?.Trim().ToLowerInvariant() switch
        {
            "country" => UsageGrouping.Country,
            "lab" => UsageGrouping.Lab,
            "openness" => UsageGrouping.Openness,
            "model" => UsageGrouping.Model,
            var other => throw new AiRaceException(ErrorKind.Usage, $"--by '{other}' is not a grouping: use country, lab, openness or model."),
        };
        var denominator = ctx.Get(_denominator)?.Trim().ToLowerInvariant() switch
        {
            "listed" => UsageDenominator.Listed,
            "all" => UsageDenominator.All,
            var other => throw new AiRaceException(ErrorKind.Usage, $"--denominator '{other}' is not known: use listed or all."),
        };
        var free = ctx.Get(_free)?.Trim().ToLowerInvariant() switch
        {
            "merged" => FreeMode.Merged,
            "separate" => FreeMode.Separate,
            "excluded" => FreeMode.Excluded,
            var other => throw new AiRaceException(ErrorKind.Usage, $"--free '{other}' is not known: use merged, separate or excluded."),
        };
        var query = new UsageQuery(
            by, free, denominator, DateText.Parse("--from", ctx.Get(_from)), DateText.Parse("--to", ctx.Get(_to)), ctx.Get(_top), ctx.AsOf);
        ShareFigureOutput.Write(ctx, InputFlags.Run(() => query.Run(ctx.Session)));
        return ExitCodes.Ok;
    }
}
