using System.Globalization;
using AiRace.Cli.Output;
using AiRace.Core.Odds;
using Spectre.Console;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Prints an overtaking forecast: tables for people, one JSON object (documented keys), or the horizons as CSV.</summary>
internal static class ForecastOutput
{
    public static object Json(FrontierPair pair, OvertakeForecastResult r, IReadOnlyList<ReferenceComparison> references) => new
    {
        metric = pair.Metric.Id,
        definition = r.Definition,
        as_of = r.AsOf,
        horizons = r.Simulation.Horizons.Select(h => new
        {
            years = h.Years,
            p_any_time = OddsJson.Number(h.PAnyTime),
            p_at_horizon = OddsJson.Number(h.PAtHorizon),
            ci90 = OddsJson.Pair(h.AnyTimeCi90),
            p_at_horizon_ci90 = OddsJson.Pair(h.AtHorizonCi90),
            monte_carlo_standard_error = OddsJson.Number(h.AnyTimeStandardError),
            expected_months_behind = OddsJson.Number(h.ExpectedMonthsBehind),
        }).ToList(),
        model = new
        {
            kind = "compound Poisson jump process per group (record frontier)",
            between = new { leader = pair.Leader.Group.Label, follower = pair.Follower.Group.Label },
            unit = pair.Metric.Unit,
            leader = Group(pair.Leader.Group.Label, r.Leader, pair.Metric.HigherIsBetter),
            follower = Group(pair.Follower.Group.Label, r.Follower, pair.Metric.HigherIsBetter),
            initial_gap = OddsJson.Number(r.InitialGap),
            months_behind_now = OddsJson.Number(r.MonthsBehindNow),
            paths = r.Simulation.Paths,
            seed = r.Simulation.Seed,
            parameter_draws = r.Simulation.ParameterDraws,
            paths_per_draw = r.Simulation.PathsPerDraw,
            tracked_paths = r.Simulation.TrackedPaths,
            expected_months_behind_path = r.Simulation.ExpectedMonthsBehindByMonth
                .Select((v, i) => new { month = i + 1, months_behind = OddsJson.Number(v) }).ToList(),
            assumptions = r.Assumptions,
        },
        backtest = new
        {
            brier = OddsJson.Number(r.Backtest.Brier),
            log_score = OddsJson.Number(r.Backtest.LogScore),
            baseline_brier = new { base_rate = OddsJson.Number(r.Backtest.BaseRateBrier), never = OddsJson.Number(r.Backtest.NeverBrier) },
            baseline_log_score = new { base_rate = OddsJson.Number(r.Backtest.BaseRateLogScore), never = OddsJson.Number(r.Backtest.NeverLogScore) },
            reliability = r.Backtest.Reliability.Select(b => new
            {
                low = b.Low,
                high = b.High,
                n = b.N,
                mean_predicted = OddsJson.Number(b.MeanPredicted),
                observed = OddsJson.Number(b.Observed),
            }).ToList(),
            n = r.Backtest.Forecasts.Count,
            origins = r.Backtest.Origins,
            skipped_origins = r.Backtest.SkippedOrigins,
            overtakes = r.Backtest.Forecasts.Count(f => f.Happened),
            beats_base_rate = r.Backtest.BeatsBaseRate,
            beats_never = r.Backtest.BeatsNever,
            verdict = r.Backtest.Verdict,
            definition = BacktestResult.Definition,
        },
        references = references.Select(c => new
        {
            who = c.Reference.Who,
            date = c.Reference.Date,
            statement = c.Reference.Statement,
            probability_low = c.Reference.ProbabilityLow,
            probability_high = c.Reference.ProbabilityHigh,
            definition = c.Reference.Definition,
            horizon_years = c.Reference.HorizonYears,
            source_url = c.Reference.SourceUrl,
            model_probability = OddsJson.Number(c.ModelProbability),
            model_horizon_years = c.ModelHorizonYears,
            model_definition = c.ModelDefinition,
        }).ToList(),
    };

    public static void Write(CliContext ctx, FrontierPair pair, OvertakeForecastResult r, IReadOnlyList<ReferenceComparison> references)
    {
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                Render.WriteJson(ctx.Out, Json(pair, r, references));
                return;
            case OutputFormat.Csv:
                Render.Rows(
                    ctx, r.Simulation.Horizons,
                    new Column<HorizonOdds>("years", h => h.Years),
                    new Column<HorizonOdds>("p_any_time", h => h.PAnyTime),
                    new Column<HorizonOdds>("ci90_low", h => h.AnyTimeCi90.Low),
                    new Column<HorizonOdds>("ci90_high", h => h.AnyTimeCi90.High),
                    new Column<HorizonOdds>("p_at_horizon", h => h.PAtHorizon),
                    new Column<HorizonOdds>("expected_months_behind", h => h.ExpectedMonthsBehind));
                return;
        }

        var c = Render.Console(ctx.Out);
        c.WriteLine($"The odds: {pair.Follower.Group.Label} overtaking {pair.Leader.Group.Label} on {pair.Metric.Id}, as of {r.AsOf:yyyy-MM-dd}");
        c.WriteLine($"Definition: {r.Definition}");
        var odds = new Table().Border(TableBorder.Rounded).AddColumns("horizon", "P(above at any time)", "90% CI", "P(above at horizon)", "90% CI", "expected months behind");
        foreach (var h in r.Simulation.Horizons)
        {
            odds.AddText(
                $"{F(h.Years)} y", P(h.PAnyTime), $"[{P(h.AnyTimeCi90.Low)}, {P(h.AnyTimeCi90.High)}]",
                P(h.PAtHorizon), $"[{P(h.AtHorizonCi90.Low)}, {P(h.AtHorizonCi90.High)}]", F(h.ExpectedMonthsBehind));
        }

        c.Write(odds);
        var model = new Table().Border(TableBorder.Rounded).AddColumns("group", "advances / year", "mean jump", "advances", "fitted from", "record now");
        foreach (var (label, fit) in new[] { (pair.Leader.Group.Label, r.Leader), (pair.Follower.Group.Label, r.Follower) })
        {
            model.AddText(
                label, F(fit.PointEstimate.Rate), F(fit.PointEstimate.Rate > 0 ? fit.PointEstimate.MeanJump : null),
                fit.Advances.Count.ToString(CultureInfo.InvariantCulture), $"{fit.ExposureStart:yyyy-MM-dd}", F(Math.Abs(fit.History.Level)));
        }

        c.Write(model);
        c.WriteLine($"Gap now: {F(r.InitialGap)} {pair.Metric.Unit}; months behind now: {F(r.MonthsBehindNow)}. {r.Simulation.Paths} paths, seed {r.Simulation.Seed}, {r.Simulation.ParameterDraws} parameter draws.");
        var bt = r.Backtest;
        c.WriteLine($"Back-test ({bt.Forecasts.Count} forecasts from {bt.Origins} monthly origins, {bt.Forecasts.Count(f => f.Happened)} overtakes): Brier {F(bt.Brier)} vs base rate {F(bt.BaseRateBrier)} and never {F(bt.NeverBrier)}; log score {F(bt.LogScore)}. {bt.Verdict}.");
        if (references.Count > 0)
        {
            var refs = new Table().Border(TableBorder.Rounded).AddColumns("who", "date", "statement", "their probability", "model", "source");
            foreach (var x in references)
            {
                refs.AddText(
                    x.Reference.Who, $"{x.Reference.Date:yyyy-MM-dd}", x.Reference.Statement,
                    Range(x.Reference.ProbabilityLow, x.Reference.ProbabilityHigh),
                    x.ModelProbability is { } p ? $"{P(p)} ({x.ModelDefinition}, {F(x.ModelHorizonYears)} y)" : "-",
                    x.Reference.SourceUrl);
            }

            c.Write(refs);
        }

        c.WriteLine("Assumptions:");
        foreach (var a in r.Assumptions)
        {
            c.WriteLine($"- {a}");
        }
    }

    private static object Group(string label, JumpProcessFit fit, bool higherIsBetter) => new
    {
        group = label,
        rate_per_year = OddsJson.Number(fit.PointEstimate.Rate),
        jump_log_mean = OddsJson.Number(fit.PointEstimate.Mu),
        jump_log_sd = OddsJson.Number(fit.PointEstimate.Sigma),
        mean_jump = OddsJson.Number(fit.PointEstimate.Rate > 0 ? fit.PointEstimate.MeanJump : null),
        advances = fit.Advances.Count,
        exposure_from = fit.ExposureStart,
        exposure_years = OddsJson.Number(fit.ExposureYears),
        level = OddsJson.Number(higherIsBetter ? fit.History.Level : -fit.History.Level),
        level_date = fit.History.Records[^1].Date,
    };

    private static string Range(double? low, double? high) => (low, high) switch
    {
        (null, null) => "-",
        ({ } l, null) => $">= {P(l)}",
        (null, { } h) => $"<= {P(h)}",
        ({ } l, { } h) when l == h => P(l),
        ({ } l, { } h) => $"{P(l)}-{P(h)}",
    };

    private static string P(double p) => p.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString(Math.Abs(x) < 1 ? "0.###" : "0.##", CultureInfo.InvariantCulture) : "n/a";
}
