using System.CommandLine;
using AiRace.Application.Catalog;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using AiRace.Store;

namespace AiRace.Cli.Commands;

/// <summary><c>airace models</c>: models with their organization, country (and the rule that gave it), openness and release date; <c>--conflicts</c>: where their sources disagree.</summary>
internal sealed class ModelsCommand : ICliCommand
{
    private readonly Option<string?> _search = new("--search") { Description = "Only models whose key or name contains this text." };
    private readonly Option<string?> _org = new("--org") { Description = "Only models of this organization (any spelling of it)." };
    private readonly Option<string?> _country = new("--country") { Description = "Only models attributed to this ISO country code (US, CN, ...)." };
    private readonly Option<bool> _conflicts = new("--conflicts")
    {
        Description = "Only models whose sources disagree on openness, release date or organization: each source's value, the winner and the rule that chose it.",
    };

    public string Name => "models";

    public Command Build()
    {
        var cmd = new Command(Name, "List models with organization, country, openness and release date.");
        cmd.Options.Add(_search);
        cmd.Options.Add(_org);
        cmd.Options.Add(_country);
        cmd.Options.Add(_conflicts);
        return cmd.WithExample("airace models --country CN --search deepseek");
    }

    public int Execute(CliContext ctx)
    {
        var query = new ModelsQuery(ctx.Get(_search), ctx.Get(_org), ctx.Get(_country), ctx.AsOf);
        if (ctx.Get(_conflicts))
        {
            Render.Rows(
                ctx, InputFlags.Run(() => query.Conflicts(ctx.Session)),
                new Column<ModelConflict>("key", r => r.Key),
                new Column<ModelConflict>("field", r => r.Field),
                new Column<ModelConflict>("value", r => r.Value),
                new Column<ModelConflict>("source_kind", r => r.SourceKind),
                new Column<ModelConflict>("files", r => r.Files),
                new Column<ModelConflict>("first_date", r => r.FirstDate),
                new Column<ModelConflict>("last_date", r => r.LastDate),
                new Column<ModelConflict>("latest_file", r => r.LatestFile),
                new Column<ModelConflict>("won", r => r.Won ? "yes" : "no"),
                new Column<ModelConflict>("winner", r => r.Winner),
                new Column<ModelConflict>("rule", r => r.Rule));
            return ExitCodes.Ok;
        }

        Render.Rows(
            ctx, InputFlags.Run(() => query.Run(ctx.Session)),
            new Column<ModelRow>("key", r => r.Key),
            new Column<ModelRow>("name", r => r.Name),
            new Column<ModelRow>("organization", r => r.Organization),
            new Column<ModelRow>("country", r => r.Country),
            new Column<ModelRow>("country_rule", r => r.CountryRule),
            new Column<ModelRow>("openness", r => r.Openness),
            new Column<ModelRow>("release_date", r => r.ReleaseDate));
        return ExitCodes.Ok;
    }
}
