using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Application.Validation;
using AiRace.Cli.Output;
using AiRace.Core.Adoption;
using AdoptionQuery = AiRace.Application.Adoption.AdoptionQuery;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace adoption --by country|lab|family [--measure ...] [--at DATE | --from DATE --to DATE]</c>: Hugging Face adoption
/// shares (downloads, likes, models, derivatives) by the country, lab or family of each repository's family root.
/// </summary>
internal sealed class AdoptionCommand : ICliCommand
{
    private readonly Option<string> _by = new("--by")
    {
        Description = "Group by: country, lab or family (the root of each repository's base_model chain).",
        DefaultValueFactory = _ => "country",
    };

    private readonly Option<string> _measure = new("--measure")
    {
        Description = "downloads (30-day), downloads-all-time, likes, models, derivatives or new-derivative-share.",
        DefaultValueFactory = _ => "downloads",
    };

    private readonly Option<string?> _at = new("--at") { Description = "One snapshot: the latest on or before this date (YYYY-MM-DD)." };
    private readonly Option<string?> _from = new("--from") { Description = "First snapshot date (or month, for new-derivative-share)." };
    private readonly Option<string?> _to = new("--to") { Description = "Last snapshot date (or month, for new-derivative-share)." };

    private readonly Option<string?> _source = new("--source")
    {
        Description = "Which Hub data: listing (/api/models), trending (top 10), leaderboard (Open LLM Leaderboard). Default: the first that has the measure.",
    };

    private readonly Option<int> _top = new("--top") { Description = "Groups shown (the rest summed as 'other'); 0 shows all.", DefaultValueFactory = _ => 15 };

    public string Name => "adoption";

    public Command Build()
    {
        var cmd = new Command(Name, "Hugging Face adoption shares (downloads, likes, models, derivatives) by country, lab or model family.");
        foreach (var o in new Option[] { _by, _measure, _at, _from, _to, _source, _top })
        {
            cmd.Options.Add(o);
        }

        return cmd.WithExample("airace adoption --by lab --measure likes --top 10");
    }

    public int Execute(CliContext ctx)
    {
        var by = Choice.Parse("--by", ctx.Get(_by), ShareChoices.AdoptionGroupings);
        var source = ctx.Get(_source) is { } s ? HubSourceKindNames.Parse(s) : (HubSourceKind?)null;
        var query = new AdoptionQuery(
            by, AdoptionMeasureNames.Parse(ctx.Get(_measure)), DateText.Parse("--at", ctx.Get(_at)), DateText.Parse("--from", ctx.Get(_from)),
            DateText.Parse("--to", ctx.Get(_to)), ctx.Get(_top), source, ctx.AsOf);
        ShareFigureOutput.Write(ctx, InputFlags.Run(() => query.Run(ctx.Session)));
        return ExitCodes.Ok;
    }
}
