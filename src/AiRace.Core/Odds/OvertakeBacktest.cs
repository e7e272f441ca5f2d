using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// Rolling-origin back-test of the overtaking model (see <see cref="BacktestResult.Definition"/>). Origins where a group
/// cannot be fitted (1 or 2 advances so far) are skipped and counted.
/// </summary>
public static class OvertakeBacktest
{
    public const double ProbabilityFloor = 0.001;

    public static BacktestResult Run(FrontierSeries leader, FrontierSeries follower, DateOnly dataEnd, BacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(options);
        var leaderHistory = FrontierRecordHistory.From(leader, dataEnd);
        var followerHistory = FrontierRecordHistory.From(follower, dataEnd);
        if (leaderHistory is null || followerHistory is null)
        {
            return Score([], 0, 0);
        }

        var outcomes = new OvertakeOutcomes(leaderHistory, followerHistory);
        var start = leaderHistory.FirstDate > followerHistory.FirstDate ? leaderHistory.FirstDate : followerHistory.FirstDate;
        var firstMonth = FirstOfMonthOnOrAfter(start);
        var horizons = options.HorizonsMonths.Order().ToArray();
        var forecasts = new List<BacktestForecast>();
        int origins = 0, skipped = 0, index = 0;
        for (var origin = firstMonth.AddMonths(options.MinHistoryMonths); origin.AddMonths(horizons[0]) <= dataEnd; origin = origin.AddMonths(1), index++)
        {
            var due = horizons.Where(h => origin.AddMonths(h) <= dataEnd).ToArray();
            var l = FrontierRecordHistory.From(leader, origin);
            var f = FrontierRecordHistory.From(follower, origin);
            if (l is null || f is null
                || !JumpProcessFit.TryFit(l, options.FitFrom, out var lf, out _)
                || !JumpProcessFit.TryFit(f, options.FitFrom, out var ff, out _))
            {
                skipped++;
                continue;
            }

            origins++;
            var sim = OvertakeSimulator.Run(
                OvertakeSetup.FromFits(lf!, ff!),
                new SimulationOptions([.. due.Select(h => h / 12.0)], options.PathsPerOrigin, Seeds.Derive(options.Seed, index))
                {
                    TrackedPathsPerDraw = 0,
                    MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                });
            for (var i = 0; i < due.Length; i++)
            {
                var h = due[i];
                forecasts.Add(new BacktestForecast(
                    origin, h, sim.Horizons[i].PAnyTime, BaseRate(outcomes, firstMonth, origin, h), outcomes.Happened(origin, origin.AddMonths(h))));
            }
        }

        return Score(forecasts, origins, skipped);
    }

    /// <summary>(k + 0.5)/(n + 1) over the monthly windows of <paramref name="months"/> that ended by <paramref name="origin"/>.</summary>
    internal static double BaseRate(OvertakeOutcomes outcomes, DateOnly firstMonth, DateOnly origin, int months)
    {
        int n = 0, k = 0;
        for (var o = firstMonth; o.AddMonths(months) <= origin; o = o.AddMonths(1))
        {
            n++;
            k += outcomes.Happened(o, o.AddMonths(months)) ? 1 : 0;
        }

        return (k + 0.5) / (n + 1);
    }

    internal static BacktestResult Score(IReadOnlyList<BacktestForecast> forecasts, int origins, int skipped)
    {
        if (forecasts.Count == 0)
        {
            return new BacktestResult(forecasts, origins, skipped, null, null, null, null, null, null, []);
        }

        return new BacktestResult(
            forecasts, origins, skipped,
            forecasts.Average(f => Brier(f.Model, f.Happened)),
            forecasts.Average(f => Log(f.Model, f.Happened)),
            forecasts.Average(f => Brier(f.BaseRate, f.Happened)),
            forecasts.Average(f => Brier(0, f.Happened)),
            forecasts.Average(f => Log(f.BaseRate, f.Happened)),
            forecasts.Average(f => Log(0, f.Happened)),
            Reliability(forecasts));
    }

    internal static double Brier(double p, bool happened) => (p - (happened ? 1 : 0)) * (p - (happened ? 1 : 0));

    internal static double Log(double p, bool happened)
    {
        var q = Math.Clamp(p, ProbabilityFloor, 1 - ProbabilityFloor);
        return -Math.Log(happened ? q : 1 - q);
    }

    private static List<ReliabilityBin> Reliability(IReadOnlyList<BacktestForecast> forecasts)
    {
        var bins = new List<ReliabilityBin>();
        for (var b = 0; b < 5; b++)
        {
            double lo = b / 5.0, hi = (b + 1) / 5.0;
            var inBin = forecasts.Where(f => f.Model >= lo && (f.Model < hi || (b == 4 && f.Model <= 1))).ToList();
            bins.Add(new ReliabilityBin(
                lo, hi, inBin.Count,
                inBin.Count == 0 ? null : inBin.Average(f => f.Model),
                inBin.Count == 0 ? null : inBin.Average(f => f.Happened ? 1.0 : 0.0)));
        }

        return bins;
    }

    private static DateOnly FirstOfMonthOnOrAfter(DateOnly d)
    {
        var m = new DateOnly(d.Year, d.Month, 1);
        return m < d ? m.AddMonths(1) : m;
    }
}
