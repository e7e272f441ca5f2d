namespace AiRace.Core.Odds;

/// <summary>
/// The moving-block bootstrap (Künsch 1989) for autocorrelated series: a replicate concatenates blocks of
/// <see cref="BlockLength"/> consecutive positions, each block starting at a uniformly drawn position in [0, n − ℓ],
/// and is cut to the series' length. The block length ℓ is ⌈n^(1/3)⌉, the usual rate-optimal order for variance and
/// interval estimation. Intervals are the 5th–95th percentiles of <see cref="Replicates"/> replicates.
/// </summary>
internal static class MovingBlockBootstrap
{
    public const int Replicates = 2000;

    public static int BlockLength(int n) => Math.Max(1, (int)Math.Ceiling(Math.Cbrt(n) - 1e-9));

    /// <summary>Fills <paramref name="target"/> with block-resampled positions 0..n−1.</summary>
    public static void ResampleIndices(int n, Span<int> target, int blockLength, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var maxStart = Math.Max(0, n - blockLength);
        var i = 0;
        while (i < target.Length)
        {
            var start = rng.Next(maxStart + 1);
            for (var j = 0; j < blockLength && i < target.Length; j++, i++)
            {
                target[i] = Math.Min(start + j, n - 1);
            }
        }
    }

    /// <summary>90% interval of the OLS slope, resampling the residuals of the fitted line in blocks (x kept fixed).</summary>
    public static Interval SlopeInterval(double[] x, double[] y, long seed)
    {
        var fit = LineFit.Of(x, y);
        var n = x.Length;
        var residuals = new double[n];
        for (var i = 0; i < n; i++)
        {
            residuals[i] = y[i] - (fit.Intercept + fit.Slope * x[i]);
        }

        var block = BlockLength(n);
        var rng = Seeds.Random(seed, 1);
        var idx = new int[n];
        var ystar = new double[n];
        var slopes = new double[Replicates];
        for (var r = 0; r < Replicates; r++)
        {
            ResampleIndices(n, idx, block, rng);
            for (var i = 0; i < n; i++)
            {
                ystar[i] = fit.Intercept + fit.Slope * x[i] + residuals[idx[i]];
            }

            slopes[r] = LineFit.Of(x, ystar).Slope;
        }

        return Interval.Percentile90(slopes);
    }

    /// <summary>90% interval of a statistic computed on block-resampled positions (NaN replicates are dropped).</summary>
    public static Interval StatisticInterval(int n, Func<int[], double> statistic, long seed, int replicates = Replicates)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        var rng = Seeds.Random(seed, 2);
        var block = BlockLength(n);
        var idx = new int[n];
        var stats = new List<double>(replicates);
        for (var r = 0; r < replicates; r++)
        {
            ResampleIndices(n, idx, block, rng);
            var s = statistic(idx);
            if (!double.IsNaN(s))
            {
                stats.Add(s);
            }
        }

        return Interval.Percentile90(stats);
    }
}
