using MathNet.Numerics.LinearAlgebra;

namespace AiRace.Core.Odds;

/// <summary>
/// Logistic regression by iteratively reweighted least squares (Newton's method on the log-likelihood) with MathNet's
/// linear algebra and a small ridge (1e-4 on the slopes, so separable data stay finite). Returns the coefficients and
/// their covariance (the inverse of the penalized information matrix).
/// </summary>
internal static class LogisticFit
{
    public const double Ridge = 1e-4;

    public static (double[] Beta, Matrix<double> Covariance) Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, int iterations = 50)
    {
        var n = x.Count;
        var k = x[0].Length;
        var beta = new double[k];
        var mean = y.Count(v => v) / (double)n;
        beta[0] = Math.Log((mean + 1e-3) / (1 - mean + 1e-3));
        var info = new double[k, k];
        var grad = new double[k];
        for (var it = 0; it < iterations; it++)
        {
            Accumulate(x, y, beta, info, grad);
            var step = Matrix<double>.Build.DenseOfArray(info).Cholesky().Solve(Vector<double>.Build.DenseOfArray(grad));
            var max = 0.0;
            for (var j = 0; j < k; j++)
            {
                beta[j] += step[j];
                max = Math.Max(max, Math.Abs(step[j]));
            }

            if (max < 1e-7)
            {
                break;
            }
        }

        Accumulate(x, y, beta, info, grad);
        return (beta, Matrix<double>.Build.DenseOfArray(info).Inverse());
    }

    /// <summary>The penalized information matrix and score at <paramref name="beta"/> (plain arrays: the inner loop runs once per row).</summary>
    private static void Accumulate(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double[] beta, double[,] info, double[] grad)
    {
        var n = x.Count;
        var k = beta.Length;
        Array.Clear(info);
        Array.Clear(grad);
        for (var i = 0; i < n; i++)
        {
            var xi = x[i];
            var eta = 0.0;
            for (var j = 0; j < k; j++)
            {
                eta += beta[j] * xi[j];
            }

            var p = Sigmoid(eta);
            var w = Math.Max(p * (1 - p), 1e-12);
            var r = (y[i] ? 1 : 0) - p;
            for (var a = 0; a < k; a++)
            {
                grad[a] += r * xi[a];
                var wa = w * xi[a];
                for (var b = a; b < k; b++)
                {
                    info[a, b] += wa * xi[b];
                }
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < a; b++)
            {
                info[a, b] = info[b, a];
            }

            if (a > 0)
            {
                info[a, a] += Ridge * n;
                grad[a] -= Ridge * n * beta[a];
            }
        }
    }

    public static double Sigmoid(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    public static double Logit(double p)
    {
        var q = Math.Clamp(p, Scores.ProbabilityFloor, 1 - Scores.ProbabilityFloor);
        return Math.Log(q / (1 - q));
    }

    public static double Predict(double[] beta, double[] x)
    {
        var eta = 0.0;
        for (var j = 0; j < beta.Length; j++)
        {
            eta += beta[j] * x[j];
        }

        return Sigmoid(eta);
    }
}
