using MathNet.Numerics;

namespace AiRace.Core.Odds;

/// <summary>An ordinary least-squares line (MathNet <see cref="Fit.Line"/>) and its residual sum of squares.</summary>
internal readonly record struct LineFit(double Intercept, double Slope, double Rss)
{
    /// <summary>Fits y = a + b·x on the range [start, end) of the arrays.</summary>
    public static LineFit Of(double[] x, double[] y, int start, int end)
    {
        var n = end - start;
        if (n < 2)
        {
            return new LineFit(n == 1 ? y[start] : 0, 0, 0);
        }

        var xs = x.AsSpan(start, n).ToArray();
        var ys = y.AsSpan(start, n).ToArray();
        double a, b;
        if (xs.All(v => v == xs[0]))
        {
            (a, b) = (ys.Average(), 0);
        }
        else
        {
            (a, b) = Fit.Line(xs, ys);
        }

        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = ys[i] - (a + b * xs[i]);
            rss += e * e;
        }

        return new LineFit(a, b, rss);
    }

    public static LineFit Of(double[] x, double[] y) => Of(x, y, 0, x.Length);
}
