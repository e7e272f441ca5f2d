namespace AiRace.Core.Odds;

/// <summary>
/// Monte Carlo of the overtaking odds. Paths are streamed in batches (one parameter draw each) over fixed buffers; only
/// counts per batch are kept, so memory does not depend on the number of paths. Point estimates pool all paths (they
/// integrate over parameter uncertainty); 90% intervals are the 5th–95th percentiles of the per-batch probabilities.
/// </summary>
public static class OvertakeSimulator
{
    public static OvertakeSimulation Run(OvertakeSetup setup, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var horizons = options.HorizonsYears.Order().ToArray();
        var months = Math.Max(1, (int)Math.Round(12 * horizons[^1]));
        var draws = options.Draws;
        var perDraw = options.PathsPerDraw;
        var results = new BatchResult[draws];
        // One long-lived worker per thread over a contiguous block of batches: no per-batch scheduling, and results stay
        // identical for a seed whatever the number of threads (each batch seeds its own generator).
        var threads = Math.Clamp(options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, 1, draws);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var worker = new PathWorker();
            for (var b = t; b < draws; b += threads)
            {
                var paths = Math.Min(perDraw, options.Paths - b * perDraw);
                var result = new BatchResult(horizons.Length, months);
                worker.RunBatch(setup, horizons, paths, options.TrackedPathsPerDraw, options.Seed, b, result);
                results[b] = result;
            }
        });
        return Summarize(results, horizons, months, options);
    }

    private static OvertakeSimulation Summarize(BatchResult[] results, double[] horizons, int months, SimulationOptions options)
    {
        long total = results.Sum(r => (long)r.Paths);
        long tracked = results.Sum(r => (long)r.Tracked);
        var path = new double[months];
        for (var m = 0; m < months; m++)
        {
            var sum = 0.0;
            foreach (var r in results)
            {
                sum += r.MonthsBehindSum[m];
            }

            path[m] = tracked > 0 ? sum / tracked : double.NaN;
        }

        var odds = new List<HorizonOdds>();
        for (var k = 0; k < horizons.Length; k++)
        {
            var kk = k;
            var any = results.Sum(r => (long)r.CrossedBy(kk)) / (double)total;
            var at = results.Sum(r => (long)r.AboveAtHorizon[kk]) / (double)total;
            var anyCi = Interval.Percentile90(results.Select(r => r.CrossedBy(kk) / (double)r.Paths));
            var atCi = Interval.Percentile90(results.Select(r => r.AboveAtHorizon[kk] / (double)r.Paths));
            var month = (int)Math.Round(12 * horizons[k]);
            double? behind = month >= 1 && tracked > 0 ? path[month - 1] : null;
            odds.Add(new HorizonOdds(horizons[k], any, anyCi, StandardError(any, total), at, atCi, StandardError(at, total), behind));
        }

        return new OvertakeSimulation(odds, path, (int)total, results.Length, options.PathsPerDraw, (int)tracked, options.Seed);
    }

    private static double StandardError(double p, long n) => Math.Sqrt(p * (1 - p) / n);
}
