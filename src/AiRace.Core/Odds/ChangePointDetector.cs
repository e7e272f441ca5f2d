namespace AiRace.Core.Odds;

/// <summary>
/// Binary segmentation (Scott and Knott 1974) on a piecewise-linear model: each segment gets its own OLS line,
/// and the split that most reduces the residual sum of squares is added while the Bayesian information criterion
/// BIC = n·ln(RSS/n) + (3m − 1)·ln(n) (m segments: 2 line parameters each, plus m − 1 change locations) decreases.
/// Segments hold at least max(5, ⌈n/10⌉) points; at most <see cref="MaxChangePoints"/> change points are reported.
/// </summary>
internal static class ChangePointDetector
{
    public const int MaxChangePoints = 5;

    public static int MinSegment(int n) => Math.Max(5, (int)Math.Ceiling(n / 10.0));

    public static IReadOnlyList<ChangePoint> Detect(DateOnly[] dates, double[] x, double[] y)
    {
        var n = x.Length;
        var min = MinSegment(n);
        var bounds = new List<int> { 0, n };
        if (n < 2 * min)
        {
            return [];
        }

        var bic = Bic(x, y, bounds);
        while (bounds.Count - 2 < MaxChangePoints)
        {
            var bestCut = -1;
            var bestGain = 0.0;
            for (var s = 0; s + 1 < bounds.Count; s++)
            {
                var (cut, gain) = BestSplit(x, y, bounds[s], bounds[s + 1], min);
                if (cut >= 0 && gain > bestGain)
                {
                    (bestCut, bestGain) = (cut, gain);
                }
            }

            if (bestCut < 0)
            {
                break;
            }

            var candidate = new List<int>(bounds) { bestCut };
            candidate.Sort();
            var candidateBic = Bic(x, y, candidate);
            if (candidateBic >= bic)
            {
                break;
            }

            (bounds, bic) = (candidate, candidateBic);
        }

        var points = new List<ChangePoint>();
        for (var s = 1; s + 1 < bounds.Count; s++)
        {
            var before = LineFit.Of(x, y, bounds[s - 1], bounds[s]).Slope;
            var after = LineFit.Of(x, y, bounds[s], bounds[s + 1]).Slope;
            points.Add(new ChangePoint(dates[bounds[s]], before, after));
        }

        return points;
    }

    private static (int Cut, double Gain) BestSplit(double[] x, double[] y, int start, int end, int min)
    {
        var whole = LineFit.Of(x, y, start, end).Rss;
        var best = (-1, 0.0);
        for (var cut = start + min; cut <= end - min; cut++)
        {
            var gain = whole - LineFit.Of(x, y, start, cut).Rss - LineFit.Of(x, y, cut, end).Rss;
            if (gain > best.Item2)
            {
                best = (cut, gain);
            }
        }

        return best;
    }

    private static double Bic(double[] x, double[] y, List<int> bounds)
    {
        var n = x.Length;
        var rss = 0.0;
        for (var s = 0; s + 1 < bounds.Count; s++)
        {
            rss += LineFit.Of(x, y, bounds[s], bounds[s + 1]).Rss;
        }

        var m = bounds.Count - 1;
        var scale = Variance(y) * 1e-12 + 1e-300;
        return n * Math.Log(rss / n + scale) + (3 * m - 1) * Math.Log(n);
    }

    private static double Variance(double[] y)
    {
        var mean = y.Average();
        return y.Sum(v => (v - mean) * (v - mean)) / y.Length;
    }
}
