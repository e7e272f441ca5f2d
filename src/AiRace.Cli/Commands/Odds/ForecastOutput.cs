using AiRace.Application.Text;
using System.Globalization;
using AiRace.Application.Odds;
using AiRace.Cli.Output;
using AiRace.Cli.Sections;
using AiRace.Core.Odds;
using Spectre.Console;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Prints a <see cref="ForecastResult"/>: tables for people, one JSON object (documented keys), or the horizons as CSV.</summary>
internal static class ForecastOutput
{
    public static object Json(ForecastResult result)
    {
        var r = result.Forecast;
        var bt = r.Backtest;
        var printed = r.Model is { } m ? bt.Card(m) : bt.BaseRate;
        return new
        {
            metric = result.Metric.Id,
            definition = r.Definition,
            as_of = r.AsOf,
            from = r.From,
            headline = r.NoModelSentence,
            horizons = r.Horizons.Select(h => new
            {
                years = OddsJson.Number(h.Years),
                p_any_time = OddsJson.Number(h.PAnyTime),
                p_at_horizon = OddsJson.Number(h.PAtHorizon),
                ci90 = OddsJson.Pair(h.AnyTimeCi90),
                p_at_horizon_ci90 = (double?[]?)null,
                monte_carlo_standard_error = OddsJson.Number(h.MonteCarloStandardError),
                expected_months_behind = (double?)null,
                raw_p_any_time = OddsJson.Number(h.RawAnyTime),
                base_rate = OddsJson.Number(h.BaseRate),
            }).ToList(),
            model = new
            {
                name = r.ModelName,
                calibration = new { a = OddsJson.Number(r.Calibration.A), b = OddsJson.Number(r.Calibration.B), n = r.Calibration.N, events = r.Calibration.Events },
                kind = r.Model is { } k ? OddsModels.Assumptions[OddsModels.Name(k)] : OddsModels.Assumptions[OddsModels.BaseRate],
                between = new { leader = result.Leader, follower = result.Follower },
                unit = result.Metric.Unit,
                leader = Group(result.Leader, r.Jump.LeaderPerYear, r),
                follower = Group(result.Follower, r.Jump.FollowerPerYear, r),
                initial_gap = OddsJson.Number(r.InitialGap),
                gap_in_jumps = OddsJson.Number(r.InitialGap / r.Scale),
                jump_scale = OddsJson.Number(r.Scale),
                months_behind_now = OddsJson.Number(r.MonthsBehindNow),
                already_above = r.AlreadyAbove,
                jump = new { both_per_month = OddsJson.Number(r.Jump.BothPerMonth), jump_log_mean = OddsJson.Number(r.Jump.JumpLogMean), jump_log_sd = OddsJson.Number(r.Jump.JumpLogSd) },
                lag = r.Lag is { } lag ? new { c = OddsJson.Number(lag.C), phi = OddsJson.Number(lag.Phi), sigma = OddsJson.Number(lag.Sigma), nu = OddsJson.Number(lag.Nu), mean = OddsJson.Number(lag.Mean) } : null,
                hazard_monthly = OddsJson.Number(r.HazardMonthly),
                paths = bt.Paths,
                seed = bt.Seed,
                parameter_draws = (int?)null,
                paths_per_draw = (int?)null,
                tracked_paths = 0,
                expected_months_behind_path = Array.Empty<object>(),
                assumptions = OvertakeForecast.Assumptions,
            },
            backtest = new
            {
                brier = OddsJson.Number(printed.Brier),
                log_score = OddsJson.Number(printed.LogScore),
                baseline_brier = new { base_rate = OddsJson.Number(bt.BaseRate.Brier), never = OddsJson.Number(bt.Never.Brier) },
                baseline_log_score = new { base_rate = OddsJson.Number(bt.BaseRate.LogScore), never = OddsJson.Number(bt.Never.LogScore) },
                reliability = Bins(printed),
                n = printed.Forecasts,
                origins = bt.Origins,
                skipped_origins = 0,
                overtakes = printed.Events,
                beats_base_rate = r.Model is { } b1 && bt.Beats(b1),
                beats_never = printed.Forecasts > 0 && printed.Brier < bt.Never.Brier,
                verdict = TextCatalog.English.OddsVerdict(r),
                definition = PooledBacktestResult.Definition,
                pooled = Pooled(bt, r.Model),
                race = new
                {
                    id = r.RaceId,
                    forecasts = result.RaceModel.Forecasts,
                    events = result.RaceModel.Events,
                    brier = OddsJson.Number(result.RaceModel.Brier),
                    log_score = OddsJson.Number(result.RaceModel.LogScore),
                    baseline_brier = new { base_rate = OddsJson.Number(result.RaceBaseRate.Brier), never = OddsJson.Number(result.RaceNever.Brier) },
                    baseline_log_score = new { base_rate = OddsJson.Number(result.RaceBaseRate.LogScore), never = OddsJson.Number(result.RaceNever.LogScore) },
                    reliability = Bins(result.RaceModel),
                },
            },
            references = result.References.Select(c => new
            {
                who = c.Reference.Who,
                date = c.Reference.Date,
                statement = c.Reference.Statement,
                probability_low = c.Reference.ProbabilityLow,
                probability_high = c.Reference.ProbabilityHigh,
                definition = c.Reference.Definition,
                horizon_years = c.Reference.HorizonYears,
                end_date = c.Reference.EndDate,
                metric = c.Reference.Metric,
                comparison = c.Reference.Comparison,
                source_url = c.Reference.SourceUrl,
                model_probability = OddsJson.Number(c.ModelProbability),
                model_horizon_years = OddsJson.Number(c.ModelHorizonYears),
                model_definition = c.ModelDefinition,
                note = c.Note,
            }).ToList(),
        };
    }

    public static object Pooled(PooledBacktestResult bt, OddsModel? model)
    {
        var card = model is { } m ? bt.Card(m) : bt.BaseRate;
        return new
        {
            model = model is { } n ? OddsModels.Name(n) : OddsModels.BaseRate,
            races = bt.Races,
            forecasts = card.Forecasts,
            events = card.Events,
            origins = bt.Origins,
            first_origin = bt.FirstOrigin,
            last_origin = bt.LastOrigin,
            horizons_months = bt.HorizonsMonths,
            brier = OddsJson.Number(card.Brier),
            log_score = OddsJson.Number(card.LogScore),
            baseline_brier = new { base_rate = OddsJson.Number(bt.BaseRate.Brier), never = OddsJson.Number(bt.Never.Brier), gap_logistic = OddsJson.Number(bt.GapLogistic.Brier) },
            baseline_log_score = new { base_rate = OddsJson.Number(bt.BaseRate.LogScore), never = OddsJson.Number(bt.Never.LogScore), gap_logistic = OddsJson.Number(bt.GapLogistic.LogScore) },
            murphy = new { reliability = OddsJson.Number(card.Reliability), resolution = OddsJson.Number(card.Resolution), uncertainty = OddsJson.Number(card.Uncertainty) },
            reliability = Bins(card),
            beats_base_rate = model is { } b && bt.Beats(b),
            models = OddsModels.All.Select(x => new
            {
                name = OddsModels.Name(x),
                brier = OddsJson.Number(bt.Card(x).Brier),
                log_score = OddsJson.Number(bt.Card(x).LogScore),
                beats_base_rate = bt.Beats(x),
                calibration = new { a = OddsJson.Number(bt.CalibrationOf(x).A), b = OddsJson.Number(bt.CalibrationOf(x).B) },
            }).ToList(),
            definition = PooledBacktestResult.Definition,
        };
    }

    private static List<object> Bins(ScoreCard card) => [.. card.Bins.Select(b => (object)new
    {
        low = b.Low,
        high = b.High,
        n = b.N,
        mean_predicted = OddsJson.Number(b.MeanPredicted),
        observed = OddsJson.Number(b.Observed),
    })];

    private static object Group(string label, double ratePerYear, OvertakeForecastResult r) => new
    {
        group = label,
        rate_per_year = OddsJson.Number(ratePerYear),
        jump_log_mean = OddsJson.Number(r.Jump.JumpLogMean),
        jump_log_sd = OddsJson.Number(r.Jump.JumpLogSd),
        mean_jump = OddsJson.Number(r.Jump.MeanJump * r.Scale),
        advances = (int?)null,
        exposure_from = (DateOnly?)null,
        exposure_years = OddsJson.Number(JumpFitSummary.WindowYears),
        level = (double?)null,
        level_date = r.From,
    };

    public static void Write(CliContext ctx, ForecastResult result)
    {
        var r = result.Forecast;
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, Json(result));
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
