using System.CommandLine;
using AiRace.Application.Catalog;
using AiRace.Cli.Help;
using AiRace.Cli.Output;

namespace AiRace.Cli.Commands;

/// <summary><c>airace orgs</c>: the organizations behind the store's models, their country and the policy rule that gave it.</summary>
internal sealed class OrgsCommand : ICliCommand
{
    private readonly Option<string?> _metric = new("--metric") { Description = "Rank models on this metric only (default: their best rank on any metric)." };
    private readonly Option<bool> _unresolved = new("--unresolved") { Description = "Only organizations whose country no rule resolves." };

    public string Name => "orgs";

    public Command Build()
    {
        var cmd = new Command(Name, "List organizations with a model in the store: country, attribution rules, models, and their best rank on any metric.");
        cmd.Options.Add(_unresolved);
        cmd.Options.Add(_metric);
        return cmd.WithExample("airace orgs --unresolved --metric lmarena-text");
    }

    public int Execute(CliContext ctx)
    {
        var query = new OrgsQuery(ctx.Get(_metric), ctx.Get(_unresolved), ctx.AsOf);
        Render.Rows(
            ctx, InputFlags.Run(() => query.Run(ctx.Session)),
            new Column<OrgRow>("organization", r => r.Organization),
            new Column<OrgRow>("country", r => r.Country),
            new Column<OrgRow>("rules", r => r.Rules),
            new Column<OrgRow>("models", r => r.Models),
            new Column<OrgRow>("unresolved_models", r => r.UnresolvedModels),
            new Column<OrgRow>("best_rank", r => r.BestRank));
        return ExitCodes.Ok;
    }
}
