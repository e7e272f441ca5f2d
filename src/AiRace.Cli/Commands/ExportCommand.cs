using System.CommandLine;
using System.Globalization;
using AiRace.Application.Export;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using AiRace.Store;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace export DIR [--format parquet|csv] [--overwrite]</c>: the store's tables as Hive-partitioned Parquet (or CSV),
/// one folder per table, for engines past one machine.
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    private readonly Argument<string> _folder = new("dir")
    {
        Description = "The folder to write (new or empty): one subfolder per table.",
    };

    private readonly Option<ExportFileFormat> _format = new("--format")
    {
        Description = "File format: parquet (the default) or csv.",
        HelpName = "parquet|csv",
    };

    private readonly Option<bool> _overwrite = new("--overwrite")
    {
        Description = "Write into a non-empty folder, replacing the table folders of an earlier export (other files are kept).",
    };

    public string Name => "export";

    public Command Build()
    {
        var cmd = new Command(Name, "Write the store's tables (observations with metric and scale, models, organizations, imports) as Hive-partitioned Parquet for Spark, Trino, ClickHouse or DuckDB.");
        cmd.Arguments.Add(_folder);
        cmd.Options.Add(_format);
        cmd.Options.Add(_overwrite);
        return cmd.WithExample("airace export ./airace-export --format parquet");
    }

    public int Execute(CliContext ctx)
    {
        var query = new ExportQuery(ctx.Get(_folder)!, ctx.Get(_format), ctx.Get(_overwrite), "add --overwrite");
        var result = query.Run(ctx.Store);
        foreach (var t in result.Tables)
        {
            var layout = t.PartitionedBy is null ? "one file" : $"partitioned by {t.PartitionedBy}";
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Name,-14} {t.Rows,9} rows {t.Files,5} files  {layout}"));
        }

        ctx.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Exported {result.Tables.Sum(t => t.Rows)} rows in {result.Tables.Count} tables to '{result.Folder}' ({result.Format.ToString().ToLowerInvariant()}, {result.Seconds:0.00} s)."));
        return ExitCodes.Ok;
    }
}
