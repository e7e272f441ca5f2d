using System.CommandLine;
using AiRace.Cli.Analysis;
using AiRace.Cli.Output;
using AiRace.Core.Analysis;
using AiRace.Core.Odds;
using Spectre.Console;

namespace AiRace.Cli.Commands;

/// <summary><c>airace behind --metric M --between A,B [--from DATE --to DATE] [--method NAME]</c>: how many months B trails A.</summary>
internal sealed class BehindCommand : ICliCommand
{
    private readonly Option<string> _metric = ComparisonRequest.MetricOption();
    private readonly Option<string> _between = ComparisonRequest.BetweenOption();
    private readonly Option<string?> _from = ComparisonRequest.FromOption();
    private readonly Option<string?> _to = ComparisonRequest.ToOption();
    private readonly Option<string?> _method = new("--method")
    {
        Description = "How months behind is measured: horizontal (a dated series, default), first-match (per leader model, censored when not yet matched; Kaplan–Meier) or threshold (per score level, Gaussian-smoothed, σ = 60 days).",
    };

    public string Name => "behind";

    public Command Build()
    {
        var cmd = new Command(Name, "How many months group B trails group A on a metric (horizontal distance), with a summary over the window.");
        cmd.Options.Add(_metric);
        cmd.Options.Add(_between);
        cmd.Options.Add(_from);
        cmd.Options.Add(_to);
        cmd.Options.Add(_method);
        return cmd;
    }

    public int Execute(CliContext ctx)
    {
        var name = ctx.Get(_method);
        var window = ComparisonRequest.Window(ctx.Get(_from), ctx.Get(_to));
        if (name is not null && !BehindMethods.All.Any(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            // first-match and threshold give one estimate with its interval (AiRace.Core.Odds), not a dated series.
            var estimateMethod = MonthsBehindMethodNames.Parse(name);
            return BehindEstimateOutput.Write(ctx, ComparisonRequest.Load(ctx, ctx.Get(_metric), ctx.Get(_between)), window, estimateMethod);
        }

        var method = BehindMethods.Find(name);
        var request = ComparisonRequest.Load(ctx, ctx.Get(_metric), ctx.Get(_between));
        var series = MonthsBehind.Compute(request.A, request.B, window, method);
        var s = series.Summary;
        var json = new BehindJson(
            request.Metric.Id,
            method.Definition,
            request.A.Group.Label,
            request.B.Group.Label,
            method.Name,
            request.Metric.Unit,
            series.Points.Select(p => BehindPointJson.Of(p, request.Frontiers)).ToList(),
            new SummaryJson(Round(s.Mean), Round(s.Median), Round(s.Min), Round(s.Max), Round(s.Current)),
            series.NeverMatched,
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
                    new Column<BehindPointJson>("date", p => p.Date),
                    new Column<BehindPointJson>("months_behind", p => p.MonthsBehind),
                    new Column<BehindPointJson>("follower_group", p => p.Follower.Group),
                    new Column<BehindPointJson>("follower_model", p => p.Follower.Model),
                    new Column<BehindPointJson>("follower_score", p => p.Follower.Score),
                    new Column<BehindPointJson>("leader_group", p => p.Leader.Group),
                    new Column<BehindPointJson>("leader_model", p => p.Leader.Model),
                    new Column<BehindPointJson>("leader_score", p => p.Leader.Score),
                    new Column<BehindPointJson>("leader_date", p => p.Leader.Date));
                break;
            default:
                WriteTable(ctx, json);
                break;
        }

        return ExitCodes.Ok;
    }

    private static void WriteTable(CliContext ctx, BehindJson json)
    {
        var console = Render.Console(ctx.Out);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{json.Metric}: months {json.B} is behind {json.A} ({json.Method})"));
        foreach (var header in new[] { "date", "months behind", "follower", "model", "score", "leader's matching model", "score", "reached on" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var p in json.Points)
        {
            table.AddRow(
                [Render.Text(p.Date), p.MonthsBehind is null ? "never reached" : Render.Text(p.MonthsBehind), Markup.Escape(p.Follower.Group),
                 Markup.Escape(p.Follower.Model), Render.Text(p.Follower.Score), Markup.Escape(p.Leader.Model ?? "—"),
                 Render.Text(p.Leader.Score), Render.Text(p.Leader.Date)]);
        }

        console.Write(table);
        var s = json.Summary;
        ctx.Out.WriteLine(
            $"Summary (months): mean {Render.Text(s.Mean)}, median {Render.Text(s.Median)}, min {Render.Text(s.Min)}, max {Render.Text(s.Max)}, current {Render.Text(s.Current)}; {json.NeverMatched} of {json.Points.Count} dates never reached.");
        ctx.Out.WriteLine($"Unplaced models (left out of the group, counted): {json.A} {json.UnplacedModels.A}, {json.B} {json.UnplacedModels.B}.");
        ctx.Out.WriteLine($"Definition: {json.Definition}");
        ctx.Out.WriteLine($"Sources: {string.Join(" | ", json.Sources)}");
    }

    private static double? Round(double? x) => x is null ? null : Math.Round(x.Value, 3);

    private sealed record BehindJson(
        string Metric, string Definition, string A, string B, string Method, string Unit, IReadOnlyList<BehindPointJson> Points,
        SummaryJson Summary, int NeverMatched, UnplacedJson UnplacedModels, IReadOnlyList<string> Sources);

    private sealed record BehindPointJson(DateOnly Date, double? MonthsBehind, FollowerJson Follower, LeaderJson Leader)
    {
        public static BehindPointJson Of(BehindPoint p, FrontierSource source) => new(
            p.Date,
            Round(p.MonthsBehind),
            new FollowerJson(p.Follower.Label, source.ModelName(p.FollowerPoint.ModelKey), p.FollowerPoint.ModelKey, p.FollowerPoint.Score),
            new LeaderJson(
                p.Leader.Label,
                p.LeaderMatch is null ? null : source.ModelName(p.LeaderMatch.ModelKey),
                p.LeaderMatch?.ModelKey,
                p.LeaderMatch?.Score,
                p.LeaderMatch?.Date));
    }

    private sealed record FollowerJson(string Group, string Model, string ModelKey, double Score);

    private sealed record LeaderJson(string Group, string? Model, string? ModelKey, double? Score, DateOnly? Date);

    private sealed record SummaryJson(double? Mean, double? Median, double? Min, double? Max, double? Current);

    private sealed record UnplacedJson(int A, int B);
}
