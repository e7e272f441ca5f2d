using AiRace.Application.Text;
using System.Globalization;
using AiRace.Application.Odds;
using AiRace.Cli.Output;
using AiRace.Application.Report.Sections;
using AiRace.Core.Odds;
using Spectre.Console;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Prints a <see cref="ForecastResult"/>: tables for people, one JSON object (documented keys), or the horizons as CSV.</summary>
internal static class ForecastOutput
{
    public static void Write(CliContext ctx, ForecastResult result)
    {
        var r = result.Forecast;
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, ForecastJson.Of(result));
                return;
            case OutputFormat.Csv:
                Render.Rows(
                    ctx, r.Horizons,
                    new Column<HorizonOdds>("years", h => h.Years),
                    new Column<HorizonOdds>("p_any_time", h => h.PAnyTime),
                    new Column<HorizonOdds>("ci90_low", h => h.AnyTimeCi90.Low),
                    new Column<HorizonOdds>("ci90_high", h => h.AnyTimeCi90.High),
                    new Column<HorizonOdds>("p_at_horizon", h => h.PAtHorizon),
                    new Column<HorizonOdds>("base_rate", h => h.BaseRate));
                return;
        }

        var c = Render.Console(ctx.Out);
        if (r.NoModelSentence is { } none)
        {
            c.WriteLine(none);
        }

        c.WriteLine($"The odds: {result.Follower} overtaking {result.Leader} on {result.Metric.Id}, as of {r.AsOf:yyyy-MM-dd} (data to {r.From:yyyy-MM-dd}); model: {r.ModelName}, recalibrated a = {F(r.Calibration.A)}, b = {F(r.Calibration.B)}");
        c.WriteLine($"Definition: {r.Definition}");
        var odds = new Table().Border(TableBorder.Rounded).AddColumns("horizon", "P(above at any time)", "90% CI", "P(above at horizon)", "raw model", "base rate");
        foreach (var h in r.Horizons)
        {
            odds.AddText($"{F(h.Years)} y", P(h.PAnyTime), $"[{P(h.AnyTimeCi90.Low)}, {P(h.AnyTimeCi90.High)}]", P(h.PAtHorizon), P(h.RawAnyTime), P(h.BaseRate));
        }

        c.Write(odds);
        c.WriteLine($"Gap now: {F(r.InitialGap)} {result.Metric.Unit} ({F(r.InitialGap / r.Scale)} median jumps of {F(r.Scale)}); months behind now: {F(r.MonthsBehindNow)}.");
        var bt = r.Backtest;
        var scores = new Table().Border(TableBorder.Rounded).AddColumns("pooled back-test", "Brier", "log score", "beats base rate");
        foreach (var m in OddsModels.All)
        {
            scores.AddText(OddsModels.Name(m) + (m == r.Model ? " (printed)" : string.Empty), F(bt.Card(m).Brier), F(bt.Card(m).LogScore), bt.Beats(m) ? "yes" : "no");
        }

        foreach (var card in new[] { bt.GapLogistic, bt.BaseRate, bt.Never })
        {
            scores.AddText(card.Name, F(card.Brier), F(card.LogScore), "-");
        }

        c.Write(scores);
        c.WriteLine(TextCatalog.English.OddsVerdict(r));
        c.WriteLine(TextCatalog.English.OddsRaceLine(result));
        var printed = r.Model is { } pm ? bt.Card(pm) : bt.BaseRate;
        var bins = new Table().Border(TableBorder.Rounded).AddColumns("predicted", "n", "mean predicted", "observed");
        foreach (var b in printed.Bins)
        {
            bins.AddText($"[{P(b.Low)}, {P(b.High)})", b.N.ToString(CultureInfo.InvariantCulture), P(b.MeanPredicted), P(b.Observed));
        }

        c.Write(bins);
        if (result.References.Count > 0)
        {
            var refs = new Table().Border(TableBorder.Rounded).AddColumns("who", "date", "their probability", "model, same definition", "note", "source");
            foreach (var x in result.References)
            {
                refs.AddText(
                    x.Reference.Who, $"{x.Reference.Date:yyyy-MM-dd}", Range(x.Reference.ProbabilityLow, x.Reference.ProbabilityHigh),
                    x.ModelProbability is { } p ? $"{P(p)} ({x.ModelDefinition})" : "-", x.Note ?? string.Empty, x.Reference.SourceUrl);
            }

            c.Write(refs);
        }

        c.WriteLine("Assumptions:");
        foreach (var a in OvertakeForecast.Assumptions)
        {
            c.WriteLine($"- {a}");
        }
    }

    private static string Range(double? low, double? high) => (low, high) switch
    {
        (null, null) => "-",
        ({ } l, null) => $">= {P(l)}",
        (null, { } h) => $"< {P(h)}",
        ({ } l, { } h) when l == h => P(l),
        ({ } l, { } h) => $"{P(l)}-{P(h)}",
    };

    private static string P(double? p) => p is { } v && double.IsFinite(v) ? v.ToString("0.0%", CultureInfo.InvariantCulture) : "n/a";

    private static string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString(Math.Abs(x) < 1 ? "0.###" : "0.##", CultureInfo.InvariantCulture) : "n/a";
}
