using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using AiRace.Sources.Rebuild;
using AiRace.Store;

namespace AiRace.Cli.Commands;

/// <summary><c>airace rebuild</c>: re-derives every table from the raw archive and the imported files, in one transaction.</summary>
internal sealed class RebuildCommand : ICliCommand
{
    private readonly Option<bool> _dropMissing = new("--drop-missing") { Description = "Rebuild without the imports whose file is gone or changed (their rows are removed)." };

    public string Name => "rebuild";

    public Command Build()
    {
        var cmd = new Command(Name, "Re-derive the whole store from the raw archive of live responses and the imported files (no network).");
        cmd.Options.Add(_dropMissing);
        return cmd.WithExample("airace rebuild --drop-missing");
    }

    public int Execute(CliContext ctx)
    {
        if (!ctx.StoreExists)
        {
            throw AiRaceStore.Missing(ctx.DbPath);
        }

        var result = new StoreRebuilder(ctx.WritableStore).Run(ctx.Get(_dropMissing));
        if (ctx.Format == OutputFormat.Json)
        {
            Render.WriteJson(ctx.Out, result);
        }
        else
        {
            foreach (var path in result.Dropped)
            {
                ctx.Err.WriteLine($"warning: dropped the import of '{path}' (the file is gone or changed).");
            }

            ctx.Out.WriteLine($"Rebuilt {result.FromArchive + result.FromFiles} imports ({result.FromArchive} from the archive, {result.FromFiles} from their files): {result.Rows} rows.");
        }

        return ExitCodes.Ok;
    }
}
