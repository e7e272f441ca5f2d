using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Cli.Analysis;
using AiRace.Cli.Output;
using AiRace.Core;
using AiRace.Core.Analysis;
using Spectre.Console;

namespace AiRace.Cli.Commands;

/// <summary><c>airace gap --metric M --between A,B [--at DATE | --from DATE --to DATE]</c>: the frontier gap A − B over time.</summary>
internal sealed class GapCommand : ICliCommand
{
    private readonly Option<string> _metric = ComparisonRequest.MetricOption();
    private readonly Option<string> _between = ComparisonRequest.BetweenOption();
    private readonly Option<string?> _from = ComparisonRequest.FromOption();
    private readonly Option<string?> _to = ComparisonRequest.ToOption();
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
        var at = DateArgument.Parse("--at", ctx.Get(_at));
        if (at is not null && (ctx.Get(_from) is not null || ctx.Get(_to) is not null))
        {
            throw new AiRaceException(ErrorKind.Usage, "--at cannot be combined with --from/--to: give one date, or a window.");
        }

        var window = ComparisonRequest.Window(ctx.Get(_from), ctx.Get(_to));
        var request = ComparisonRequest.Load(ctx, ctx.Get(_metric), ctx.Get(_between));
        var series = Gap.Compute(request.A, request.B, window);
        var points = series.Points;
        if (at is { } date)
        {
            var point = series.AtOrBefore(date) ?? throw new AiRaceException(
                ErrorKind.Usage,
                $"--at {date:yyyy-MM-dd}: {request.A.Group.Label} and {request.B.Group.Label} have no comparable date on or before it on '{request.Metric.Id}'" +
                (series.Points.Count > 0 ? $"; the first is {series.Points[0].Date:yyyy-MM-dd}." : "; they are never comparable on this metric."));
            points = [point];
        }

        var json = new GapJson(
            request.Metric.Id,
            AnalysisDefinitions.Gap(request.Metric.Kind),
            request.A.Group.Label,
            request.B.Group.Label,
            request.Metric.Unit,
            points.Select(p => new GapPointJson(
                p.Date, GroupScoreJson.Of(p.A, request.Frontiers), GroupScoreJson.Of(p.B, request.Frontiers), Round(p.Gap), RoundOrNull(p.GapPercent))).ToList(),
            at is null ? series.LeadChanges.Select(LeadChangeJson.Of).ToList() : [],
            new UnplacedJson(request.A.UnplacedModels, request.B.UnplacedModels),
            request.Sources);

        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, json);
                break;
            case OutputFormat.Csv:
                Render.Rows(
                    ctx, json.Points,
                    new Column<GapPointJson>("date", p => p.Date),
                    new Column<GapPointJson>("a_group", _ => json.A),
                    new Column<GapPointJson>("a_model", p => p.A.Model),
                    new Column<GapPointJson>("a_score", p => p.A.Score),
                    new Column<GapPointJson>("b_group", _ => json.B),
                    new Column<GapPointJson>("b_model", p => p.B.Model),
                    new Column<GapPointJson>("b_score", p => p.B.Score),
                    new Column<GapPointJson>("gap", p => p.Gap),
                    new Column<GapPointJson>("gap_percent", p => p.GapPercent));
                break;
            default:
                WriteTable(ctx, json);
                break;
        }

        return ExitCodes.Ok;
    }

    private static void WriteTable(CliContext ctx, GapJson json)
    {
        var console = Render.Console(ctx.Out);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{json.Metric}: gap {json.A} − {json.B} ({json.Unit})"));
        foreach (var header in new[] { "date", $"{json.A} model", $"{json.A} score", $"{json.B} model", $"{json.B} score", "gap", "gap %" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var p in json.Points)
        {
            table.AddRow(
                [Render.Text(p.Date), Markup.Escape(p.A.Model), Render.Text(p.A.Score), Markup.Escape(p.B.Model), Render.Text(p.B.Score),
                 Render.Text(p.Gap), Render.Text(p.GapPercent)]);
        }

        console.Write(table);
        ctx.Out.WriteLine(json.Points.Count == 0
            ? $"No date where both {json.A} and {json.B} have a frontier in this window."
            : $"{json.Points.Count} dates.");
        ctx.Out.WriteLine(json.LeadChanges.Count == 0
            ? "Lead changes: none."
            : "Lead changes: " + string.Join("; ", json.LeadChanges.Select(c => $"{Render.Text(c.Date)} {c.Leader} overtakes {c.PreviousLeader}")));
        ctx.Out.WriteLine($"Unplaced models (left out of the group, counted): {json.A} {json.UnplacedModels.A}, {json.B} {json.UnplacedModels.B}.");
        ctx.Out.WriteLine($"Definition: {json.Definition}");
        ctx.Out.WriteLine($"Sources: {string.Join(" | ", json.Sources)}");
    }

    private static double Round(double x) => Math.Round(x, 4);

    private static double? RoundOrNull(double? x) => x is null ? null : Math.Round(x.Value, 4);

    private sealed record GapJson(
        string Metric, string Definition, string A, string B, string Unit, IReadOnlyList<GapPointJson> Points,
        IReadOnlyList<LeadChangeJson> LeadChanges, UnplacedJson UnplacedModels, IReadOnlyList<string> Sources);

    private sealed record GapPointJson(DateOnly Date, GroupScoreJson A, GroupScoreJson B, double Gap, double? GapPercent);

    private sealed record UnplacedJson(int A, int B);

    private sealed record LeadChangeJson(DateOnly Date, string Leader, string PreviousLeader, DateOnly PreviousDate, double Gap)
    {
        public static LeadChangeJson Of(LeadChange c) => new(c.Date, c.Leader.Label, c.PreviousLeader.Label, c.PreviousDate, Math.Round(c.Gap, 4));
    }
}
