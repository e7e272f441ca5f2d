using System.CommandLine;
using AiRace.Cli.Help;
using AiRace.Cli.Analysis;
using AiRace.Cli.Output;
using AiRace.Core.Analysis;
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
        Description = "How months behind is measured: horizontal (a dated series on one scale, default), first-match (per leader model, censored when not yet matched; Kaplan–Meier; release-dated metrics only) or threshold (per score level, Gaussian-smoothed, σ = 60 days; release-dated metrics only).",
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
        _between.Description = "Two groups A,B: ISO country codes (US,CN), open/closed, or lab:NAME. Months behind is how far B trails A (negative when B is ahead).";
        return cmd.WithExample("airace behind --metric epoch-eci --between US,CN --method first-match");
    }

    public int Execute(CliContext ctx)
    {
        var method = BehindMethods.Find(ctx.Get(_method));
        var window = ComparisonRequest.Window(ctx.Get(_from), ctx.Get(_to));
        var request = ComparisonRequest.Load(ctx, ctx.Get(_metric), ctx.Get(_between));
        var to = BehindEstimateOutput.CutOff(request, window);
        var estimate = method.Estimate(request.A, request.B, new MonthsBehindOptions(to, window.From));
        if (method is not HorizontalBehind)
        {
            // first-match and threshold give one estimate with its interval, not a dated series.
            return BehindEstimateOutput.Write(ctx, request, to, estimate);
        }

        var series = HorizontalBehind.Series(request.A, request.B, window);
        var s = series.Summary;
        var json = new BehindJson(
            request.Metric.Id,
            method.Definition,
            ScaleText.Of(request.Metric),
            request.A.Group.Label,
            request.B.Group.Label,
            method.Name,
            request.Metric.Unit,
            series.Points.Select(p => BehindPointJson.Of(p, request.Frontiers)).ToList(),
            new SummaryJson(Round(s.Mean), Round(s.Median), Round(s.Min), Round(s.Max), Round(s.Current), s.CurrentIsLowerBound, s.LowerBounds, s.Days),
            BehindEstimateOutput.Json(estimate),
            series.NeverMatched,
            new UnplacedJson(request.A.UnplacedModels, request.B.UnplacedModels),
            [.. request.Frontiers.ScaleBreaks(request.Metric).Select(ScaleBreakJson.Of)],
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
                    new Column<BehindPointJson>("lower_bound", p => p.LowerBound),
                    new Column<BehindPointJson>("follower_group", p => p.Follower.Group),
                    new Column<BehindPointJson>("follower_model", p => p.Follower.Model),
                    new Column<BehindPointJson>("follower_score", p => p.Follower.Score),
                    new Column<BehindPointJson>("leader_group", p => p.Leader.Group),
                    new Column<BehindPointJson>("leader_model", p => p.Leader.Model),
                    new Column<BehindPointJson>("leader_score", p => p.Leader.Score),
                    new Column<BehindPointJson>("leader_date", p => p.Leader.Date),
                    new Column<BehindPointJson>("release_date_source", p => p.ReleaseDateSource));
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
        foreach (var header in new[] { "date", "months behind", "follower", "model", "score", "leader's matching model", "score", "released / reached on" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var p in json.Points)
        {
            table.AddRow(
                [Render.Text(p.Date), p.MonthsBehind is null ? "never reached" : (p.LowerBound ? "≥ " : string.Empty) + Render.Text(p.MonthsBehind), Markup.Escape(p.Follower.Group),
                 Markup.Escape(p.Follower.Model), Render.Text(p.Follower.Score), Markup.Escape(p.Leader.Model ?? "—"),
                 Render.Text(p.Leader.Score), Render.Text(p.Leader.Date)]);
        }

        console.Write(table);
        var s = json.Summary;
        ctx.Out.WriteLine(
            $"Summary (months, averaged over {s.Days} days): mean {Render.Text(s.Mean)}, median {Render.Text(s.Median)}, min {Render.Text(s.Min)}, max {Render.Text(s.Max)}, current {(s.CurrentLowerBound ? "≥ " : string.Empty)}{Render.Text(s.Current)}; " +
            $"{s.LowerBounds} lower bounds left out (≥); {json.NeverMatched} of {json.Points.Count} dates never reached.");
        var e = json.Estimate;
        ctx.Out.WriteLine(e.Months is null
            ? $"Estimate ({json.Method}): not estimable: {e.NotEstimable}."
            : $"Estimate ({json.Method}): {Render.Text(e.Months)} months, 90% CI [{Render.Text(e.Ci90[0])}, {Render.Text(e.Ci90[1])}] ({e.Definition}).");
        foreach (var b in json.ScaleBreaks)
        {
            ctx.Out.WriteLine($"Scale break on {Render.Text(b.Date)} ({b.Kind}): median shift {Render.Text(b.MedianShift)} {json.Unit} over {b.CommonModels} shared models since {Render.Text(b.PreviousDate)}.");
        }

        ctx.Out.WriteLine($"Scale: {json.Scale}");
        ctx.Out.WriteLine($"Unplaced models (left out of the group, counted): {json.A} {json.UnplacedModels.A}, {json.B} {json.UnplacedModels.B}.");
        ctx.Out.WriteLine($"Definition: {json.Definition}");
        ctx.Out.WriteLine($"Sources: {string.Join(" | ", json.Sources)}");
    }

    private static double? Round(double? x) => x is null ? null : Math.Round(x.Value, 3);

    private sealed record BehindJson(
        string Metric, string Definition, string Scale, string A, string B, string Method, string Unit, IReadOnlyList<BehindPointJson> Points,
        SummaryJson Summary, BehindEstimateJson Estimate, int NeverMatched, UnplacedJson UnplacedModels, IReadOnlyList<ScaleBreakJson> ScaleBreaks,
        IReadOnlyList<string> Sources);

    private sealed record BehindPointJson(
        DateOnly Date, double? MonthsBehind, bool LowerBound, string? ReleaseDateSource, FollowerJson Follower, LeaderJson Leader)
    {
        public static BehindPointJson Of(BehindPoint p, FrontierSource source) => new(
            p.Date,
            Round(p.MonthsBehind),
            p.LowerBound,
            p.ReleaseDateSource is { } r ? ReleaseDateSourceNames.ToName(r) : null,
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

    private sealed record SummaryJson(
        double? Mean, double? Median, double? Min, double? Max, double? Current, bool CurrentLowerBound, int LowerBounds, int Days);

    private sealed record UnplacedJson(int A, int B);
}
