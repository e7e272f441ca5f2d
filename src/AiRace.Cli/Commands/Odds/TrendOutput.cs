using System.Globalization;
using AiRace.Cli.Output;
using AiRace.Core.Analysis;
using AiRace.Core.Odds;
using Spectre.Console;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Prints a <see cref="GapTrendResult"/>: tables for people, one JSON object, or the gap series as CSV.</summary>
internal static class TrendOutput
{
    public static object Json(FrontierPair pair, GapTrendResult r) => new
    {
        metric = pair.Metric.Id,
        between = new { leader = pair.Leader.Group.Label, follower = pair.Follower.Group.Label },
        from = r.From,
        to = r.To,
        definition = r.Definition,
        verdict = TrendVerdictNames.ToText(r.Verdict),
        points = OddsJson.Trend(r.Points),
        months_behind = r.MonthsBehind is null ? null : OddsJson.Trend(r.MonthsBehind),
        months_behind_methods = r.MonthsBehindMethods.Select(OddsJson.Method).ToList(),
        scale = AiRace.Cli.Analysis.ScaleText.Of(pair.Metric),
        scale_from = r.ScaleFrom,
        scale_breaks = pair.ScaleBreaks.Select(AiRace.Cli.Analysis.ScaleBreakJson.Of).ToList(),
        disagreement = r.Disagreement,
        series = r.Series.Select(p => new
        {
            date = p.Date,
            points = OddsJson.Number(p.Lead),
            months_behind = OddsJson.Number(p.MonthsBehind),
            lower_bound = p.MonthsLowerBound,
        }).ToList(),
    };

    public static void Write(CliContext ctx, FrontierPair pair, GapTrendResult r)
    {
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, Json(pair, r));
                return;
            case OutputFormat.Csv:
                Render.Rows(
                    ctx, r.Series,
                    new Column<GapPoint>("date", p => p.Date),
                    new Column<GapPoint>("points", p => p.Lead),
                    new Column<GapPoint>("months_behind", p => p.MonthsBehind),
                    new Column<GapPoint>("lower_bound", p => p.MonthsLowerBound));
                return;
        }

        var console = Render.Console(ctx.Out);
        console.WriteLine($"Is the gap widening? {pair.Leader.Group.Label} vs {pair.Follower.Group.Label} on {pair.Metric.Id}, {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}: {TrendVerdictNames.ToText(r.Verdict)}");
        var trends = new Table().Border(TableBorder.Rounded).AddColumns("measure", "slope / year", "90% CI", "verdict", "first", "last", "n", "change points");
        foreach (var t in new[] { r.Points, r.MonthsBehind })
        {
            if (t is null)
            {
                continue;
            }

            trends.AddText(
                $"{t.Measure} ({t.Unit})", F(t.SlopePerYear), $"[{F(t.Ci90.Low)}, {F(t.Ci90.High)}]", TrendVerdictNames.ToText(t.Verdict),
                F(t.First), F(t.Last), t.N.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", t.ChangePoints.Select(c => $"{c.Date:yyyy-MM-dd} ({F(c.SlopeBefore)} → {F(c.SlopeAfter)}/yr)")).DefaultIfEmptyText("none")));
        }

        console.Write(trends);
        var methods = new Table().Border(TableBorder.Rounded).AddColumns("months behind: method", "months", "90% CI", "n", "censored");
        foreach (var m in r.MonthsBehindMethods)
        {
            methods.AddText(m.Name, m.Months is null ? Markup.Escape("not estimable: " + m.NotEstimable) : F(m.Months), $"[{F(m.Ci90Low)}, {F(m.Ci90High)}]", m.N.ToString(CultureInfo.InvariantCulture), m.Censored.ToString(CultureInfo.InvariantCulture));
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

        console.WriteLine(AiRace.Cli.Analysis.ScaleText.Of(pair.Metric));
        console.WriteLine(r.Definition);
        foreach (var m in r.MonthsBehindMethods)
        {
            console.WriteLine(m.Definition);
        }
    }

    private static string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString(Math.Abs(x) < 1 ? "0.###" : "0.##", CultureInfo.InvariantCulture) : "n/a";

    private static string DefaultIfEmptyText(this string text, string fallback) => text.Length == 0 ? fallback : text;
}
