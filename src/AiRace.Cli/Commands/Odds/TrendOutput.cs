using System.Globalization;
using AiRace.Application.Trend;
using AiRace.Cli.Output;
using Spectre.Console;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Prints a <see cref="TrendResult"/>: tables for people, one JSON object, or the gap series as CSV.</summary>
internal static class TrendOutput
{
    public static void Write(CliContext ctx, TrendResult r)
    {
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, r);
                return;
            case OutputFormat.Csv:
                Render.Rows(
                    ctx, r.Series,
                    new Column<TrendSeriesPoint>("date", p => p.Date),
                    new Column<TrendSeriesPoint>("points", p => p.Points),
                    new Column<TrendSeriesPoint>("months_behind", p => p.MonthsBehind),
                    new Column<TrendSeriesPoint>("lower_bound", p => p.LowerBound));
                return;
        }

        var console = Render.Console(ctx.Out);
        console.WriteLine($"Is the gap widening? {r.Between.Leader} vs {r.Between.Follower} on {r.Metric}, {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}: {r.Verdict}");
        var trends = new Table().Border(TableBorder.Rounded).AddColumns("measure", "slope / year", "90% CI", "verdict", "first", "last", "n", "change points");
        foreach (var t in new[] { r.Points, r.MonthsBehind })
        {
            if (t is null)
            {
                continue;
            }

            trends.AddText(
                $"{t.Measure} ({t.Unit})", F(t.SlopePerYear), $"[{F(t.Ci90[0])}, {F(t.Ci90[1])}]", t.Verdict,
                F(t.First), F(t.Last), t.N.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", t.ChangePoints.Select(c => $"{c.Date:yyyy-MM-dd} ({F(c.SlopeBefore)} → {F(c.SlopeAfter)}/yr)")).DefaultIfEmptyText("none")));
        }

        console.Write(trends);
        var methods = new Table().Border(TableBorder.Rounded).AddColumns("months behind: method", "months", "90% CI", "n", "censored");
        foreach (var m in r.MonthsBehindMethods)
        {
            methods.AddText(m.Method, m.Months is null ? Markup.Escape("not estimable: " + m.NotEstimable) : F(m.Months), $"[{F(m.Ci90[0])}, {F(m.Ci90[1])}]", m.N.ToString(CultureInfo.InvariantCulture), m.Censored.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(methods);
        if (r.Disagreement is { } why)
        {
            console.WriteLine(why);
        }

        if (r.ScaleFrom is { } cut)
        {
            console.WriteLine($"Fitted from {cut:yyyy-MM-dd}, the last rating-method break in the window, so that every point is on one scale.");
        }

        console.WriteLine(r.Scale);
        console.WriteLine(r.Definition);
        foreach (var m in r.MonthsBehindMethods)
        {
            console.WriteLine(m.Definition);
        }
    }

    private static string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString(Math.Abs(x) < 1 ? "0.###" : "0.##", CultureInfo.InvariantCulture) : "n/a";

    private static string DefaultIfEmptyText(this string text, string fallback) => text.Length == 0 ? fallback : text;
}
