using System.CommandLine;
using AiRace.Application.Behind;
using AiRace.Application.Validation;
using AiRace.Cli.Help;
using AiRace.Cli.Output;
using Spectre.Console;

namespace AiRace.Cli.Commands;

/// <summary><c>airace behind --metric M --between A,B [--from DATE --to DATE] [--method NAME]</c>: how many months B trails A.</summary>
internal sealed class BehindCommand : ICliCommand
{
    private readonly Option<string> _metric = ComparisonOptions.Metric();
    private readonly Option<string> _between = ComparisonOptions.Between();
    private readonly Option<string?> _from = ComparisonOptions.From();
    private readonly Option<string?> _to = ComparisonOptions.To();
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
        var query = new BehindQuery(
            ctx.Get(_metric)!, ctx.Get(_between)!, ctx.Get(_method), DateText.Parse("--from", ctx.Get(_from)), DateText.Parse("--to", ctx.Get(_to)), ctx.AsOf);
        var result = InputFlags.Run(() => query.Run(ctx.Session));
        if (result.Estimate is { } estimate)
        {
            // first-match and threshold give one estimate with its interval, not a dated series.
            BehindEstimateOutput.Write(ctx, estimate);
            return ExitCodes.Ok;
        }

        var series = result.Series!;
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, series);
                break;
            case OutputFormat.Csv:
                Render.Rows(
                    ctx, series.Points,
                    new Column<BehindPointResult>("date", p => p.Date),
                    new Column<BehindPointResult>("months_behind", p => p.MonthsBehind),
                    new Column<BehindPointResult>("lower_bound", p => p.LowerBound),
                    new Column<BehindPointResult>("follower_group", p => p.Follower.Group),
                    new Column<BehindPointResult>("follower_model", p => p.Follower.Model),
                    new Column<BehindPointResult>("follower_score", p => p.Follower.Score),
                    new Column<BehindPointResult>("leader_group", p => p.Leader.Group),
                    new Column<BehindPointResult>("leader_model", p => p.Leader.Model),
                    new Column<BehindPointResult>("leader_score", p => p.Leader.Score),
                    new Column<BehindPointResult>("leader_date", p => p.Leader.Date),
                    new Column<BehindPointResult>("release_date_source", p => p.ReleaseDateSource));
                break;
            default:
                WriteTable(ctx, series);
                break;
        }

        return ExitCodes.Ok;
    }

    private static void WriteTable(CliContext ctx, BehindSeriesResult r)
    {
        var console = Render.Console(ctx.Out);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{r.Metric}: months {r.B} is behind {r.A} ({r.Method})"));
        foreach (var header in new[] { "date", "months behind", "follower", "model", "score", "leader's matching model", "score", "released / reached on" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var p in r.Points)
        {
            table.AddRow(
                [Render.Text(p.Date), p.MonthsBehind is null ? "never reached" : (p.LowerBound ? "≥ " : string.Empty) + Render.Text(p.MonthsBehind), Markup.Escape(p.Follower.Group),
                 Markup.Escape(p.Follower.Model), Render.Text(p.Follower.Score), Markup.Escape(p.Leader.Model ?? "—"),
                 Render.Text(p.Leader.Score), Render.Text(p.Leader.Date)]);
        }

        console.Write(table);
        var s = r.Summary;
        ctx.Out.WriteLine(
            $"Summary (months, averaged over {s.Days} days): mean {Render.Text(s.Mean)}, median {Render.Text(s.Median)}, min {Render.Text(s.Min)}, max {Render.Text(s.Max)}, current {(s.CurrentLowerBound ? "≥ " : string.Empty)}{Render.Text(s.Current)}; " +
            $"{s.LowerBounds} lower bounds left out (≥); {r.NeverMatched} of {r.Points.Count} dates never reached.");
        var e = r.Estimate;
        ctx.Out.WriteLine(e.Months is null
            ? $"Estimate ({r.Method}): not estimable: {e.NotEstimable}."
            : $"Estimate ({r.Method}): {Render.Text(e.Months)} months, 90% CI [{Render.Text(e.Ci90[0])}, {Render.Text(e.Ci90[1])}] ({e.Definition}).");
        foreach (var b in r.ScaleBreaks)
        {
            ctx.Out.WriteLine($"Scale break on {Render.Text(b.Date)} ({b.Kind}): median shift {Render.Text(b.MedianShift)} {r.Unit} over {b.CommonModels} shared models since {Render.Text(b.PreviousDate)}.");
        }

        ctx.Out.WriteLine($"Scale: {r.Scale}");
        ctx.Out.WriteLine($"Unplaced models (left out of the group, counted): {r.A} {r.UnplacedModels.A}, {r.B} {r.UnplacedModels.B}.");
        ctx.Out.WriteLine($"Definition: {r.Definition}");
        ctx.Out.WriteLine($"Sources: {string.Join(" | ", r.Sources)}");
    }
}
