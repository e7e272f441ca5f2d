using System.CommandLine;
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
        var onlyUnresolved = ctx.Get(_unresolved);
        var metric = ctx.Get(_metric);
        if (metric is not null && ctx.Store.FindMetric(metric) is null)
        {
            throw new AiRace.Core.AiRaceException(AiRace.Core.ErrorKind.Usage, $"Unknown metric '{metric}'. Run 'airace metrics' to list the metrics in the store.");
        }

        var ranks = ctx.Store.BestRanks(metric);
        var rows = ctx.Store.Catalog(ctx.Attribution, ctx.AsOf).Values
            .Where(m => metric is null || ranks.ContainsKey(m.Key))
            .GroupBy(m => m.Organization ?? "(none)", StringComparer.Ordinal)
            .Select(g =>
            {
                var countries = g.Select(m => m.Country).Where(c => c is not null).Distinct().Order().ToList();
                var rules = g.Select(m => m.CountryRule.ToString().ToLowerInvariant()).Distinct().Order();
                // With --unresolved, the best rank is that of the organization's unresolved models only.
                var best = g.Where(m => !onlyUnresolved || m.Country is null)
                    .Select(m => ranks.TryGetValue(m.Key, out var rank) ? rank : (long?)null).Min();
                return new OrgRow(g.Key, countries.Count == 0 ? null : string.Join('|', countries), string.Join('|', rules), g.Count(),
                    g.Count(m => m.Country is null), best);
            })
            .Where(r => !onlyUnresolved || r.UnresolvedModels > 0)
            .OrderBy(r => r.BestRank ?? long.MaxValue).ThenByDescending(r => r.Models).ThenBy(r => r.Organization, StringComparer.Ordinal)
            .ToList();
        Render.Rows(
            ctx, rows,
            new Column<OrgRow>("organization", r => r.Organization),
            new Column<OrgRow>("country", r => r.Country),
            new Column<OrgRow>("rules", r => r.Rules),
            new Column<OrgRow>("models", r => r.Models),
            new Column<OrgRow>("unresolved_models", r => r.UnresolvedModels),
            new Column<OrgRow>("best_rank", r => r.BestRank));
        return ExitCodes.Ok;
    }

    private sealed record OrgRow(string Organization, string? Country, string Rules, int Models, int UnresolvedModels, long? BestRank);
}
