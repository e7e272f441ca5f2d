using AiRace.Cli.Analysis;
using AiRace.Cli.Output;
using AiRace.Core.Analysis;
using Spectre.Console;

namespace AiRace.Cli.Commands;

/// <summary>
/// <c>airace behind --method first-match|threshold</c>: one estimate with its 90% interval (or why there is none) instead of a dated series.
/// First-match lists every leader frontier model with the follower model that matched it, or marks it censored.
/// </summary>
internal static class BehindEstimateOutput
{
    /// <summary>The estimate's cut-off: the window's end, else the later of both groups' last frontier dates.</summary>
    public static DateOnly CutOff(ComparisonRequest request, DateWindow window) =>
        window.To ?? new[] { request.A.Points.LastOrDefault()?.Date, request.B.Points.LastOrDefault()?.Date }.Max()
            ?? throw new AiRace.Core.AiRaceException(AiRace.Core.ErrorKind.Usage, $"No observations of '{request.Metric.Id}' for {request.A.Group.Label} or {request.B.Group.Label}.");

    /// <summary>The estimate's JSON, shared with <c>behind --method horizontal</c> and <c>trend</c>.</summary>
    public static BehindEstimateJson Json(MonthsBehindEstimate estimate) => BehindEstimateJson.Of(estimate);

    public static int Write(CliContext ctx, ComparisonRequest request, DateOnly to, MonthsBehindEstimate e)
    {
        var json = new EstimateJson(
            request.Metric.Id, e.Definition, ScaleText.Of(request.Metric), request.A.Group.Label, request.B.Group.Label, e.Name, request.Metric.Unit, to,
            BehindEstimateJson.Of(e),
            [.. e.Leaders.Select(l => new LeaderJson(
                request.Frontiers.ModelName(l.ModelKey), l.ModelKey, l.Date, l.Score,
                l.MatchedBy is null ? null : request.Frontiers.ModelName(l.MatchedBy), l.MatchDate, Round(l.Months), l.Censored))],
            request.Sources);

        if (ctx.Format == OutputFormat.Json)
        {
            Render.WriteJson(ctx.Out, json);
            return ExitCodes.Ok;
        }

        if (ctx.Format == OutputFormat.Csv)
        {
            Render.Rows(
                ctx, json.Leaders,
                new Column<LeaderJson>("leader_model", l => l.Model),
                new Column<LeaderJson>("leader_date", l => l.Date),
                new Column<LeaderJson>("leader_score", l => l.Score),
                new Column<LeaderJson>("matched_by", l => l.MatchedBy),
                new Column<LeaderJson>("match_date", l => l.MatchDate),
                new Column<LeaderJson>("months", l => l.Months),
                new Column<LeaderJson>("censored", l => l.Censored));
            return ExitCodes.Ok;
        }

        var v = json.Estimate;
        ctx.Out.WriteLine(v.Months is null
            ? $"{json.Metric}: months {json.B} is behind {json.A} ({json.Method}, as of {Render.Text(json.AsOf)}): not estimable: {v.NotEstimable}."
            : $"{json.Metric}: {json.B} is {Render.Text(v.Months)} months behind {json.A} ({json.Method}, as of {Render.Text(json.AsOf)}); " +
              $"90% CI [{Render.Text(v.Ci90[0])}, {Render.Text(v.Ci90[1])}]; {v.Censored} of {v.N} censored (not yet matched).");
        if (json.Leaders.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var h in new[] { "leader model", "reached on", "score", "first follower match", "on", "months", "censored" })
            {
                table.AddColumn(new TableColumn(Markup.Escape(h)));
            }

            foreach (var l in json.Leaders)
            {
                table.AddRow(
                    Markup.Escape(l.Model), Render.Text(l.Date), Render.Text(l.Score), Markup.Escape(l.MatchedBy ?? "—"),
                    Render.Text(l.MatchDate), Render.Text(l.Months), l.Censored ? "yes (not yet matched)" : "no");
            }

            Render.Console(ctx.Out).Write(table);
        }

        ctx.Out.WriteLine($"Definition: {json.Definition}");
        ctx.Out.WriteLine($"Sources: {string.Join(" | ", json.Sources)}");
        return ExitCodes.Ok;
    }

    private static double? Round(double? x) => x is null ? null : Math.Round(x.Value, 3);

    private sealed record EstimateJson(
        string Metric, string Definition, string Scale, string A, string B, string Method, string Unit, DateOnly AsOf,
        BehindEstimateJson Estimate, IReadOnlyList<LeaderJson> Leaders, IReadOnlyList<string> Sources);

    private sealed record LeaderJson(
        string Model, string ModelKey, DateOnly Date, double Score, string? MatchedBy, DateOnly? MatchDate, double? Months, bool Censored);
}
