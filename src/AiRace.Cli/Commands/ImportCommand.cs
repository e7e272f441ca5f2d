using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Core;
using AiRace.Cli.Import;
using AiRace.Cli.Output;
using AiRace.Sources.Files;

namespace AiRace.Cli.Commands;

/// <summary><c>airace import PATH...</c>: imports files and folders (recursively), one atomic import per file.</summary>
internal sealed class ImportCommand : ICliCommand
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files or folders to import (folders are read recursively).",
        Arity = ArgumentArity.OneOrMore,
    };

    public string Name => "import";

    public Command Build()
    {
        var cmd = new Command(Name, "Import data files (LMArena, Epoch AI, Artificial Analysis, OpenRouter, Hugging Face) into the store.");
        cmd.Arguments.Add(_paths);
        return cmd.WithExample("airace import ./data");
    }

    public int Execute(CliContext ctx)
    {
        var files = FileImportRunner.Expand(ctx.Get(_paths) ?? []);
        var runner = new FileImportRunner(ctx.WritableStore);
        var results = new List<FileImportResult>();
        var failures = new List<(string File, AiRaceException Error)>();
        AiRaceException? stopped = null;
        var screen = new ImportScreen(ctx, files.Count);

        void ImportAll(Action? step)
        {
            foreach (var file in files)
            {
                try
                {
                    var r = runner.ImportFile(file);
                    results.Add(r);
                    if (ctx.Format == OutputFormat.Table)
                    {
                        screen.Line(Line(r));
                        foreach (var note in r.Notes ?? [])
                        {
                            screen.Line($"          note: {note}");
                        }
                    }
                }
                catch (AiRaceException ex) when (ex.Kind == ErrorKind.BadData && !StoreFailures.FullDisk(ex))
                {
                    failures.Add((file, ex));
                    screen.Error($"error: {ex.Message}");
                }
                catch (Exception ex) when (StoreFailures.FullDisk(ex))
                {
                    // A full disk fails every later file too: stop here, and still print the summary of what was done.
                    stopped = StoreFailures.Translate(ex, ctx.DbPath)!;
                    failures.Add((file, stopped));
                    screen.Error($"error: {stopped.Message}");
                    break;
                }

                step?.Invoke();
            }
        }

        screen.Run(files.Count, ImportAll);

        var summary = new ImportSummary(
            results.Count(r => r.Status == FileImportStatus.Imported),
            results.Count(r => r.Status == FileImportStatus.AlreadyImported),
            results.Count(r => r.Status == FileImportStatus.Skipped),
            failures.Count,
            results.Sum(r => r.Rows),
            results.Select(r => new ImportFileLine(r.Path, r.Kind, Status(r.Status), r.Rows, r.Reason))
                .Concat(failures.Select(f => new ImportFileLine(f.File, null, "failed", 0, f.Error.Message)))
                .ToList());

        if (ctx.Format == OutputFormat.Json)
        {
            Render.WriteJson(ctx.Out, summary);
        }
        else
        {
            ctx.Out.WriteLine(
                $"{summary.Imported} imported ({summary.Rows} rows), {summary.AlreadyImported} already imported, {summary.Skipped} skipped, {summary.Failed} failed.");
        }

        return stopped is not null ? ExitCodes.For(stopped.Kind) : failures.Count > 0 ? ExitCodes.BadData : ExitCodes.Ok;
    }

    private static string Line(FileImportResult r) => r.Status switch
    {
        FileImportStatus.Imported => $"imported  {r.Kind,-24} {r.Rows,9} rows  {r.Path}",
        FileImportStatus.AlreadyImported => $"unchanged {r.Kind,-24} {"already imported",14}  {r.Path}",
        _ => $"skipped   {r.Path}: {r.Reason}",
    };

    private static string Status(FileImportStatus s) => s switch
    {
        FileImportStatus.Imported => "imported",
        FileImportStatus.AlreadyImported => "already-imported",
        _ => "skipped",
    };

    private sealed record ImportSummary(int Imported, int AlreadyImported, int Skipped, int Failed, long Rows, IReadOnlyList<ImportFileLine> Files);

    private sealed record ImportFileLine(string Path, string? Kind, string Status, long Rows, string? Reason);
}
