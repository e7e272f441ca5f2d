using System.CommandLine;
using AiRace.Cli.Output;

namespace AiRace.Cli.Commands;

/// <summary><c>airace orgs</c>: the organizations behind the store's models, their country and the policy rule that gave it.</summary>
internal sealed class OrgsCommand : ICliCommand
{
    private readonly Option<bool> _unresolved = new("--unresolved") { Description = "Only organizations whose country no rule resolves." };

    public string Name => "orgs";

    public Command Build()
    {
        var cmd = new Command(Name, "List organizations with a model in the store: country, attribution rule, number of models.");
        cmd.Options.Add(_unresolved);
        return cmd;
    }

    public int Execute(CliContext ctx)
    {
        var onlyUnresolved = ctx.Get(_unresolved);
        var rows = ctx.Store.Catalog(ctx.Attribution, ctx.AsOf).Values
            .GroupBy(m => m.Organization ?? "(none)", StringComparer.Ordinal)
            .Select(g =>
            {
                var countries = g.Select(m => m.Country).Where(c => c is not null).Distinct().Order().ToList();
                var rules = g.Select(m => m.CountryRule.ToString().ToLowerInvariant()).Distinct().Order();
                return new OrgRow(g.Key, countries.Count == 0 ? null : string.Join('|', countries), string.Join('|', rules), g.Count(),
                    g.Count(m => m.Country is null));
            })
            .Where(r => !onlyUnresolved || r.UnresolvedModels > 0)
            .OrderByDescending(r => r.Models).ThenBy(r => r.Organization, StringComparer.Ordinal)
            .ToList();
        Render.Rows(
            ctx, rows,
            new Column<OrgRow>("organization", r => r.Organization),
            new Column<OrgRow>("country", r => r.Country),
            new Column<OrgRow>("rules", r => r.Rules),
            new Column<OrgRow>("models", r => r.Models),
            new Column<OrgRow>("unresolved_models", r => r.UnresolvedModels));
        return ExitCodes.Ok;
    }

    private sealed record OrgRow(string Organization, string? Country, string Rules, int Models, int UnresolvedModels);
}
