using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// One race's overtaking odds now: the models are fitted on every race's data dated on or before the start (the last
/// data date on or before the as-of date), the chosen model's probability is recalibrated with the pooled back-test's
/// Platt fit, and the headline is the base rate when no model beat it.
/// </summary>
public static class OvertakeForecast
{
    private const int BatchPaths = 2000;

    public static IReadOnlyList<string> Assumptions { get; } =
    [
        "Each group's frontier is its record: the best score it has reached since the metric's last rating-method break (a re-estimated rating below the record does not count; no comparison spans two scales).",
        "Gaps are measured in units of the race's median record-setting jump, so races on different metrics pool.",
        .. OddsModels.Assumptions.Values,
        "Each model's probabilities are recalibrated by Platt scaling fitted on the pooled back-test, on the race's type (country, openness, lab) when it has enough forecasts; the horizons beyond 12 months extrapolate that recalibration.",
        "Rating deflation, new benchmarks, regulation, export controls and other shocks are not modelled.",
    ];

    public static string Definition(string metricId, string leader, string follower, DateOnly from, DateOnly asOf, DateOnly? by) =>
        $"overtake = {follower}'s record frontier on {metricId} (the best score it has reached since the last rating-method break) strictly above {leader}'s "
        + (by is { } b ? $"at any time from {from:yyyy-MM-dd} through {b:yyyy-MM-dd}" : $"at any time within the horizon, counted from {from:yyyy-MM-dd}")
        + $" (the last date with data on or before the as-of date {asOf:yyyy-MM-dd}); p_at_horizon: strictly above at the horizon; ci90: 90% interval from the recalibration's uncertainty";

    /// <summary>Forecasts <paramref name="race"/> (A the leader, B the follower) with models fitted on <paramref name="races"/> and recalibrated by <paramref name="backtest"/>.</summary>
    public static OvertakeForecastResult Run(IReadOnlyList<Race> races, Race race, ForecastOptions options, PooledBacktestResult backtest)
    {
        ArgumentNullException.ThrowIfNull(races);
        ArgumentNullException.ThrowIfNull(race);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(backtest);
        var timeline = new RaceTimeline(race);
        var from = race.DataEnd < options.AsOf ? race.DataEnd : options.AsOf;
        var state = timeline.State(from, leaderIsA: true) ?? throw NotEnough(race, from);
        var monthsList = options.By is { } by
            ? [Math.Max(MonthsMath.Between(from, by), 1e-9)]
            : options.HorizonsYears.Select(y => y * 12).ToArray();
        if (options.By is { } end && end <= from)
        {
            throw new AiRaceException(ErrorKind.Usage, $"The end date {end:yyyy-MM-dd} is not after the last data date {from:yyyy-MM-dd}: pick a later end date.");
        }

        var maxMonths = Math.Max(12, Math.Max(Math.Min(options.CurveMonths, (int)(12 * ForecastHorizons.MaxYears)), (int)Math.Ceiling(monthsList.Max() - 1e-9)));
        var panel = new RacePanel(races, backtest.HorizonsMonths);
        var fits = OriginFits.At(panel, from);
        var jumpFit = JumpModel.Fit(timeline, state);
        var above = state.Gap < 0;
        var model = options.Model ?? backtest.Best;
        var rawAny = new double[OddsModels.All.Count][];
        var rawAt = new double[OddsModels.All.Count][];
        if (model == OddsModel.Jump)
        {
            Simulate(jumpFit.Curve, state.Z, maxMonths, options, 0, out rawAny[0], out rawAt[0], rng => JumpModel.Noise(rng, BatchPaths, maxMonths));
        }

        if (model == OddsModel.Lag && fits.Lag is { } lag)
        {
            Simulate(lag.Curve, state.Z, maxMonths, options, 1, out rawAny[1], out rawAt[1], rng => lag.Noise(rng, BatchPaths, maxMonths));
        }

        if (model == OddsModel.Hazard && fits.Hazard is { } hazard)
        {
            rawAny[2] = above ? [.. Enumerable.Repeat(1.0, maxMonths)] : hazard.Curve(state, maxMonths);
        }

        if (model is { } chosen && rawAny[(int)chosen] is null)
        {
            throw new AiRaceException(ErrorKind.Usage, $"The {OddsModels.Name(chosen)} model cannot be fitted on the data up to {from:yyyy-MM-dd} (too few overtakes or months): use the best model or a later as-of date.");
        }

        var calibration = model is { } cm ? backtest.CalibrationOf(cm, race.KindName) : Calibration.Identity;
        var curve = model is { } c2
            ? rawAny[(int)c2].Select(p => above ? 1.0 : calibration.Apply(p)).ToArray()
            : [.. Enumerable.Range(1, maxMonths).Select(m => above ? 1.0 : backtest.BaseRateFor(race.KindName, m) ?? double.NaN)];
        var horizons = monthsList.Select(months =>
        {
            var baseRate = above ? 1.0 : backtest.BaseRateFor(race.KindName, months);
            if (model is not { } m)
            {
                var b = baseRate ?? double.NaN;
                return new HorizonOdds(months / 12, b, new Interval(b, b), 0, null, b, baseRate);
            }

            var raw = Interpolate(rawAny[(int)m], months, above);
            var p = above ? 1 : calibration.Apply(raw);
            double? at = rawAt[(int)m] is { } atCurve ? (above ? Interpolate(atCurve, months, true) : Interpolate(atCurve, months, false) * (raw > 0 ? p / raw : 0)) : null;
            var se = m == OddsModel.Hazard ? 0 : Math.Sqrt(raw * (1 - raw) / (BatchPaths * Batches(options)));
            return new HorizonOdds(months / 12, p, above ? new Interval(1, 1) : calibration.Ci90(raw), se, at is { } a ? Math.Min(a, p) : null, raw, baseRate);
        }).ToList();
        var lead = HorizontalBehind.At(race.A, race.B, LastCommon(race, from));
        return new OvertakeForecastResult(
            Definition(race.MetricId, race.A.Group.Label, race.B.Group.Label, from, options.AsOf, options.By),
            options.AsOf, from, model, calibration, horizons,
            state.Gap, state.Scale, lead is { LowerBound: false } l ? l.MonthsBehind : null, above,
            new JumpFitSummary(jumpFit.RatesPerYear.Leader, jumpFit.RatesPerYear.Follower, jumpFit.Both, jumpFit.Mu, jumpFit.SigmaLog, jumpFit.MeanJump),
            fits.Lag is { } lf ? new LagFitSummary(lf.C, lf.Phi, lf.Sigma, lf.Nu) : null,
            fits.Hazard?.Monthly(state), curve, backtest, race.Id)
        {
            RawCurve = model is { } rm ? rawAny[(int)rm] : [],
        };
    }

    private static int Batches(ForecastOptions options) => Math.Max(1, (int)Math.Ceiling(options.Paths / (double)BatchPaths));

    private delegate (double[] AnyTime, double[] AtHorizon) CurveFunction(double z0, int months, double[] noise, int paths);

    /// <summary>Runs the batches in parallel (each seeded from the seed, the model and the batch number) and averages them in batch order, so the result does not depend on the number of threads.</summary>
    private static void Simulate(CurveFunction curve, double z0, int months, ForecastOptions options, int stream, out double[] any, out double[] at, Func<Random, double[]> noise)
    {
        var batches = Batches(options);
        var results = new (double[] Any, double[] At)[batches];
        Parallel.For(0, batches, b =>
        {
            var rng = Seeds.Random(Seeds.Derive(options.Seed, stream), b);
            results[b] = curve(z0, months, noise(rng), BatchPaths);
        });
        any = new double[months];
        at = new double[months];
        foreach (var (a, h) in results)
        {
            for (var m = 0; m < months; m++)
            {
                any[m] += a[m] / batches;
                at[m] += h[m] / batches;
            }
        }
    }

    private static double Interpolate(double[] curve, double months, bool above)
    {
        if (above)
        {
            return 1;
        }

        var lo = (int)Math.Floor(months);
        var low = lo == 0 ? 0 : curve[Math.Min(lo, curve.Length) - 1];
        var high = curve[Math.Min(lo + 1, curve.Length) - 1];
        return low + (months - lo) * (high - low);
    }

    private static DateOnly LastCommon(Race race, DateOnly from)
    {
        if (race.A.Metric.Kind != Domain.MetricKind.Snapshot)
        {
            return from;
        }

        var dates = race.A.Points.Select(p => p.Date).Where(d => d <= from).ToHashSet();
        dates.IntersectWith(race.B.Points.Select(p => p.Date));
        return dates.Count == 0 ? from : dates.Max();
    }

    private static AiRaceException NotEnough(Race race, DateOnly from) =>
        new(ErrorKind.Usage,
            $"The race {race.A.Group.Label} vs {race.B.Group.Label} on {race.MetricId} has no forecastable state on {from:yyyy-MM-dd}: both groups need a record since the last rating-method break and at least {RaceTimeline.MinimumAdvances} record-setting releases between them. Pick a later as-of date or other groups.");
}
