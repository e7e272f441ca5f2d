using System.CommandLine;
using AiRace.Cli.Output;
using AiRace.Store;

namespace AiRace.Cli.Commands;

/// <summary><c>airace sources</c>: every import with its file, sha256, rows, time and attribution.</summary>
internal sealed class SourcesCommand : ICliCommand
{
    public string Name => "sources";

    public Command Build() => new(Name, "List every import: kind, file, sha256, rows, time, attribution.");

    public int Execute(CliContext ctx)
    {
        Render.Rows(
            ctx, ctx.Store.Imports(),
            new Column<ImportRecord>("id", r => r.Id),
            new Column<ImportRecord>("kind", r => r.SourceKind),
            new Column<ImportRecord>("file", r => r.FileName),
            new Column<ImportRecord>("sha256", r => r.Sha256[..12]),
            new Column<ImportRecord>("rows", r => r.Rows),
            new Column<ImportRecord>("imported_at", r => r.ImportedAt),
            new Column<ImportRecord>("attribution", r => r.Attribution));
        return ExitCodes.Ok;
    }
}
