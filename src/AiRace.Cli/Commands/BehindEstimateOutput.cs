using AiRace.Application.Behind;
using AiRace.Cli.Output;
using Spectre.Console;

namespace AiRace.Cli.Commands;

/// <summary>
/// Prints <c>airace behind --method first-match|threshold</c>: one estimate with its 90% interval (or why there is none).
/// First-match lists every leader frontier model with the follower model that matched it, or marks it censored.
/// </summary>
internal static class BehindEstimateOutput
{
    public static void Write(CliContext ctx, BehindEstimateResult r)
    {
        if (ctx.Format == OutputFormat.Json)
        {
            Render.WriteJson(ctx.Out, r);
            return;
        }

        if (ctx.Format == OutputFormat.Csv)
        {
            Render.Rows(
                ctx, r.Leaders,
                new Column<LeaderMatchResult>("leader_model", l => l.Model),
                new Column<LeaderMatchResult>("leader_date", l => l.Date),
                new Column<LeaderMatchResult>("leader_score", l => l.Score),
                new Column<LeaderMatchResult>("matched_by", l => l.MatchedBy),
                new Column<LeaderMatchResult>("match_date", l => l.MatchDate),
                new Column<LeaderMatchResult>("months", l => l.Months),
                new Column<LeaderMatchResult>("censored", l => l.Censored));
            return;
        }

        var v = r.Estimate;
        ctx.Out.WriteLine(v.Months is null
            ? $"{r.Metric}: months {r.B} is behind {r.A} ({r.Method}, as of {Render.Text(r.AsOf)}): not estimable: {v.NotEstimable}."
            : $"{r.Metric}: {r.B} is {Render.Text(v.Months)} months behind {r.A} ({r.Method}, as of {Render.Text(r.AsOf)}); " +
              $"90% CI [{Render.Text(v.Ci90[0])}, {Render.Text(v.Ci90[1])}]; {v.Censored} of {v.N} censored (not yet matched).");
        if (r.Leaders.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var h in new[] { "leader model", "reached on", "score", "first follower match", "on", "months", "censored" })
            {
                table.AddColumn(new TableColumn(Markup.Escape(h)));
            }

            foreach (var l in r.Leaders)
            {
                table.AddRow(
                    Markup.Escape(l.Model), Render.Text(l.Date), Render.Text(l.Score), Markup.Escape(l.MatchedBy ?? "—"),
                    Render.Text(l.MatchDate), Render.Text(l.Months), l.Censored ? "yes (not yet matched)" : "no");
            }

            Render.Console(ctx.Out).Write(table);
        }

        ctx.Out.WriteLine($"Definition: {r.Definition}");
        ctx.Out.WriteLine($"Sources: {string.Join(" | ", r.Sources)}");
    }
}
