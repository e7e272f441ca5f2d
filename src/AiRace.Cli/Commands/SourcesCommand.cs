using System.CommandLine;
using AiRace.Application.Catalog;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using AiRace.Store;

namespace AiRace.Cli.Commands;

/// <summary><c>airace sources</c>: every import with its file, sha256, rows, time and attribution; <c>--archive</c>: every archived response.</summary>
internal sealed class SourcesCommand : ICliCommand
{
    private readonly Option<bool> _archive = new("--archive") { Description = "List the raw archive instead: every response kept, with URL, status, time, size and sha256." };

    public string Name => "sources";

    public Command Build()
    {
        var cmd = new Command(Name, "List every import (kind, file, sha256, rows, time, attribution), or with --archive every archived response.");
        cmd.Options.Add(_archive);
        return cmd.WithExample("airace sources --archive");
    }

    public int Execute(CliContext ctx)
    {
        if (ctx.Get(_archive))
        {
            Render.Rows(
                ctx, new SourcesQuery(ctx.AsOf).Archive(ctx.Session),
                new Column<ArchivedResponse>("id", r => r.Id),
                new Column<ArchivedResponse>("import", r => r.ImportId),
                new Column<ArchivedResponse>("source", r => r.Source),
                new Column<ArchivedResponse>("status", r => r.Status),
                new Column<ArchivedResponse>("retrieved_at", r => r.RetrievedAt),
                new Column<ArchivedResponse>("bytes", r => r.Bytes),
                new Column<ArchivedResponse>("stored_bytes", r => r.StoredBytes),
                new Column<ArchivedResponse>("sha256", r => r.Sha256[..12]),
                new Column<ArchivedResponse>("url", r => r.Url));
            return ExitCodes.Ok;
        }

        Render.Rows(
            ctx, new SourcesQuery(ctx.AsOf).Imports(ctx.Session),
            new Column<ImportRecord>("id", r => r.Id),
            new Column<ImportRecord>("kind", r => r.SourceKind),
            new Column<ImportRecord>("file", r => r.FileName),
            new Column<ImportRecord>("sha256", r => r.Sha256[..12]),
            new Column<ImportRecord>("rows", r => r.Rows),
            new Column<ImportRecord>("imported_at", r => r.ImportedAt),
            new Column<ImportRecord>("retrieved_at", r => r.RetrievedAt),
            new Column<ImportRecord>("attribution", r => r.Attribution));
        return ExitCodes.Ok;
    }
}
