using MathNet.Numerics.Distributions;

namespace AiRace.Core.Odds;

/// <summary>
/// The lag model (see <see cref="OddsModels.Assumptions"/>): z' = C + Phi·z + Sigma·t_Nu on the leader's gap in jumps,
/// fitted by least squares (MathNet <see cref="MathNet.Numerics.Fit.Line"/>) over every race's months, with Student-t
/// noise fitted on the residuals (at most <see cref="MaxResiduals"/> of the latest, for speed).
/// </summary>
internal sealed record LagModel(double C, double Phi, double Sigma, double Nu)
{
    public const int MaxResiduals = 2000;

    /// <summary>
    /// Months whose gap (now or next month) is beyond this many median jumps are left out of the fit: a race whose median
    /// jump is tiny (an index that moves in small steps) otherwise puts gaps of millions of jumps into one pooled least-squares
    /// line and the fitted c and σ become meaningless. Such a gap is far from zero anyway: it has no bearing on crossing it.
    /// </summary>
    public const double MaxFittedGap = 25;

    public static LagModel? Fit(IReadOnlyList<PanelRow> rows)
    {
        var x = new List<double>();
        var y = new List<double>();
        foreach (var r in rows)
        {
            if (r.ZNext is { } next && double.IsFinite(r.State.Z) && double.IsFinite(next)
                && Math.Abs(r.State.Z) <= MaxFittedGap && Math.Abs(next) <= MaxFittedGap)
            {
                x.Add(r.State.Z);
                y.Add(next);
            }
        }

        if (x.Count < 50)
        {
            return null;
        }

        var (c, phi) = MathNet.Numerics.Fit.Line([.. x], [.. y]);
        var from = Math.Max(0, x.Count - MaxResiduals);
        var residuals = new double[x.Count - from];
        for (var i = from; i < x.Count; i++)
        {
            residuals[i - from] = y[i] - (c + phi * x[i]);
        }

        var (sigma, nu) = StudentTFit.Fit(residuals);
        return new LagModel(c, phi, sigma, nu);
    }

    /// <summary>Standard Student-t draws (ν = <see cref="Nu"/>) for <paramref name="paths"/> × <paramref name="months"/> steps, shared by every forecast of one origin.</summary>
    public double[] Noise(Random rng, int paths, int months)
    {
        var noise = new double[paths * months];
        StudentT.Samples(rng, noise, 0, 1, Nu);
        return noise;
    }

    /// <summary>Any-time and at-horizon overtake probabilities at months 1..months from gap <paramref name="z0"/> (in jumps).</summary>
    public (double[] AnyTime, double[] AtHorizon) Curve(double z0, int months, double[] noise, int paths)
    {
        var crossed = new int[months];
        var below = new int[months];
        for (var p = 0; p < paths; p++)
        {
            var z = z0;
            var first = z < 0 ? 0 : -1;
            var row = p * months;
            for (var m = 0; m < months; m++)
            {
                z = C + Phi * z + Sigma * noise[row + m];
                if (z < 0)
                {
                    below[m]++;
                    if (first < 0)
                    {
                        first = m;
                    }
                }
            }

            if (first >= 0)
            {
                crossed[first]++;
            }
        }

        return (Cumulative(crossed, paths), [.. below.Select(b => b / (double)paths)]);
    }

    internal static double[] Cumulative(int[] firsts, int paths)
    {
        var curve = new double[firsts.Length];
        var sum = 0;
        for (var m = 0; m < firsts.Length; m++)
        {
            sum += firsts[m];
            curve[m] = sum / (double)paths;
        }

        return curve;
    }
}
