using System.CommandLine;
using AiRace.Application.Gap;
using AiRace.Application.Validation;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using Spectre.Console;

namespace AiRace.Cli.Commands;

/// <summary><c>airace gap --metric M --between A,B [--at DATE | --from DATE --to DATE]</c>: the frontier gap A − B over time.</summary>
internal sealed class GapCommand : ICliCommand
{
    private readonly Option<string> _metric = ComparisonOptions.Metric();
    private readonly Option<string> _between = ComparisonOptions.Between();
    private readonly Option<string?> _from = ComparisonOptions.From();
    private readonly Option<string?> _to = ComparisonOptions.To();
    private readonly Option<string?> _at = new("--at") { Description = "One date (YYYY-MM-DD): the latest comparison date on or before it." };

    public string Name => "gap";

    public Command Build()
    {
        var cmd = new Command(Name, "The frontier gap between two groups on a metric (A − B, points and percent), with lead changes.");
        cmd.Options.Add(_metric);
        cmd.Options.Add(_between);
        cmd.Options.Add(_at);
        cmd.Options.Add(_from);
        cmd.Options.Add(_to);
        return cmd.WithExample("airace gap --metric lmarena-text --between US,CN --from 2024-01-01 --to 2025-03-31");
    }

    public int Execute(CliContext ctx)
    {
        var query = new GapQuery(
            ctx.Get(_metric)!, ctx.Get(_between)!, DateText.Parse("--at", ctx.Get(_at)), DateText.Parse("--from", ctx.Get(_from)),
            DateText.Parse("--to", ctx.Get(_to)), ctx.AsOf);
        var result = InputFlags.Run(() => query.Run(ctx.Session));
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, result);
                break;
            case OutputFormat.Csv:
                Render.Rows(
                    ctx, result.Points,
                    new Column<GapPointResult>("date", p => p.Date),
                    new Column<GapPointResult>("a_group", _ => result.A),
                    new Column<GapPointResult>("a_model", p => p.A.Model),
                    new Column<GapPointResult>("a_score", p => p.A.Score),
                    new Column<GapPointResult>("b_group", _ => result.B),
                    new Column<GapPointResult>("b_model", p => p.B.Model),
                    new Column<GapPointResult>("b_score", p => p.B.Score),
                    new Column<GapPointResult>("gap", p => p.Gap),
                    new Column<GapPointResult>("gap_percent", p => p.GapPercent));
                break;
            default:
                WriteTable(ctx, result);
                break;
        }

        return ExitCodes.Ok;
    }

    private static void WriteTable(CliContext ctx, GapResult r)
    {
        var console = Render.Console(ctx.Out);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{r.Metric}: gap {r.A} − {r.B} ({r.Unit})"));
        foreach (var header in new[] { "date", $"{r.A} model", $"{r.A} score", $"{r.B} model", $"{r.B} score", "gap", "gap %" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var p in r.Points)
        {
            table.AddRow(
                [Render.Text(p.Date), Markup.Escape(p.A.Model), Render.Text(p.A.Score), Markup.Escape(p.B.Model), Render.Text(p.B.Score),
                 Render.Text(p.Gap), Render.Text(p.GapPercent)]);
        }

        console.Write(table);
        ctx.Out.WriteLine(r.Points.Count == 0
            ? $"No date where both {r.A} and {r.B} have a frontier in this window."
            : $"{r.Points.Count} dates.");
        ctx.Out.WriteLine(r.LeadChanges.Count == 0
            ? "Lead changes: none."
            : "Lead changes: " + string.Join("; ", r.LeadChanges.Select(c => $"{Render.Text(c.Date)} {c.Leader} overtakes {c.PreviousLeader}")));
        ctx.Out.WriteLine($"Unplaced models (left out of the group, counted): {r.A} {r.UnplacedModels.A}, {r.B} {r.UnplacedModels.B}.");
        ctx.Out.WriteLine($"Definition: {r.Definition}");
        ctx.Out.WriteLine($"Sources: {string.Join(" | ", r.Sources)}");
    }
}
