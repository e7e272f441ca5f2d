using AiRace.Application.Json;
using AiRace.Application.Text;
using AiRace.Core.Odds;

namespace AiRace.Application.Odds;

/// <summary>
/// The one JSON document of a <see cref="ForecastResult"/> (keys documented in the README's "forecast" section): what
/// <c>airace forecast --format json</c> prints and what the dashboard's odds page and home page serve. Numbers by the one
/// <see cref="JsonPolicy"/> (null when not finite), intervals as [low, high].
/// </summary>
public static class ForecastJson
{
    public static object Of(ForecastResult result)
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
                years = Number(h.Years),
                p_any_time = Number(h.PAnyTime),
                p_at_horizon = Number(h.PAtHorizon),
                ci90 = Pair(h.AnyTimeCi90),
                p_at_horizon_ci90 = (double?[]?)null,
                monte_carlo_standard_error = Number(h.MonteCarloStandardError),
                expected_months_behind = (double?)null,
                raw_p_any_time = Number(h.RawAnyTime),
                base_rate = Number(h.BaseRate),
            }).ToList(),
            model = new
            {
                name = r.ModelName,
                calibration = new { a = Number(r.Calibration.A), b = Number(r.Calibration.B), n = r.Calibration.N, events = r.Calibration.Events },
                kind = r.Model is { } k ? OddsModels.Assumptions[OddsModels.Name(k)] : OddsModels.Assumptions[OddsModels.BaseRate],
                between = new { leader = result.Leader, follower = result.Follower },
                unit = result.Metric.Unit,
                leader = Group(result.Leader, r.Jump.LeaderPerYear, r),
                follower = Group(result.Follower, r.Jump.FollowerPerYear, r),
                initial_gap = Number(r.InitialGap),
                gap_in_jumps = Number(r.InitialGap / r.Scale),
                jump_scale = Number(r.Scale),
                months_behind_now = Number(r.MonthsBehindNow),
                already_above = r.AlreadyAbove,
                jump = new { both_per_month = Number(r.Jump.BothPerMonth), jump_log_mean = Number(r.Jump.JumpLogMean), jump_log_sd = Number(r.Jump.JumpLogSd) },
                lag = r.Lag is { } lag ? new { c = Number(lag.C), phi = Number(lag.Phi), sigma = Number(lag.Sigma), nu = Number(lag.Nu), mean = Number(lag.Mean) } : null,
                hazard_monthly = Number(r.HazardMonthly),
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
                brier = Number(printed.Brier),
                log_score = Number(printed.LogScore),
                baseline_brier = new { base_rate = Number(bt.BaseRate.Brier), never = Number(bt.Never.Brier) },
                baseline_log_score = new { base_rate = Number(bt.BaseRate.LogScore), never = Number(bt.Never.LogScore) },
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
                    brier = Number(result.RaceModel.Brier),
                    log_score = Number(result.RaceModel.LogScore),
                    baseline_brier = new { base_rate = Number(result.RaceBaseRate.Brier), never = Number(result.RaceNever.Brier) },
                    baseline_log_score = new { base_rate = Number(result.RaceBaseRate.LogScore), never = Number(result.RaceNever.LogScore) },
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
                model_probability = Number(c.ModelProbability),
                model_horizon_years = Number(c.ModelHorizonYears),
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
            brier = Number(card.Brier),
            log_score = Number(card.LogScore),
            baseline_brier = new { base_rate = Number(bt.BaseRate.Brier), never = Number(bt.Never.Brier), gap_logistic = Number(bt.GapLogistic.Brier) },
            baseline_log_score = new { base_rate = Number(bt.BaseRate.LogScore), never = Number(bt.Never.LogScore), gap_logistic = Number(bt.GapLogistic.LogScore) },
            murphy = new { reliability = Number(card.Reliability), resolution = Number(card.Resolution), uncertainty = Number(card.Uncertainty) },
            reliability = Bins(card),
            beats_base_rate = model is { } b && bt.Beats(b),
            models = OddsModels.All.Select(x => new
            {
                name = OddsModels.Name(x),
                brier = Number(bt.Card(x).Brier),
                log_score = Number(bt.Card(x).LogScore),
                beats_base_rate = bt.Beats(x),
                calibration = new { a = Number(bt.CalibrationOf(x).A), b = Number(bt.CalibrationOf(x).B) },
            }).ToList(),
            definition = PooledBacktestResult.Definition,
        };
    }

    private static List<object> Bins(ScoreCard card) => [.. card.Bins.Select(b => (object)new
    {
        low = b.Low,
        high = b.High,
        n = b.N,
        mean_predicted = Number(b.MeanPredicted),
        observed = Number(b.Observed),
    })];

    private static object Group(string label, double ratePerYear, OvertakeForecastResult r) => new
    {
        group = label,
        rate_per_year = Number(ratePerYear),
        jump_log_mean = Number(r.Jump.JumpLogMean),
        jump_log_sd = Number(r.Jump.JumpLogSd),
        mean_jump = Number(r.Jump.MeanJump * r.Scale),
        advances = (int?)null,
        exposure_from = (DateOnly?)null,
        exposure_years = Number(JumpFitSummary.WindowYears),
        level = (double?)null,
        level_date = r.From,
    };

    private static double? Number(double? value) => JsonPolicy.Number(value);

    private static double?[] Pair(double? low, double? high) => [Number(low), Number(high)];

    private static double?[] Pair(Interval ci) => Pair(ci.Low, ci.High);
}
