using MathNet.Numerics;

namespace AiRace.Core.Odds;

/// <summary>
/// Maximum-likelihood Student-t scale and degrees of freedom of centred residuals: for each ν on a grid the scale is
/// found by MathNet's golden-section search on ln σ, and the (ν, σ) with the highest likelihood is kept. The log density
/// uses MathNet's GammaLn once per ν.
/// </summary>
internal static class StudentTFit
{
    public static IReadOnlyList<double> FreedomGrid { get; } = [1.5, 2, 3, 5, 10, 30];

    public static (double Sigma, double Nu) Fit(IReadOnlyList<double> residuals)
    {
        var best = (Sigma: 1.0, Nu: 30.0, LogLik: double.NegativeInfinity);
        foreach (var nu in FreedomGrid)
        {
            var c = SpecialFunctions.GammaLn((nu + 1) / 2) - SpecialFunctions.GammaLn(nu / 2) - 0.5 * Math.Log(nu * Math.PI);
            double NegLogLik(double logSigma)
            {
                var sigma = Math.Exp(logSigma);
                var sum = 0.0;
                foreach (var r in residuals)
                {
                    var u = r / sigma;
                    sum += Math.Log(1 + u * u / nu);
                }

                return -(residuals.Count * (c - logSigma) - (nu + 1) / 2 * sum);
            }

            var ls = FindMinimum.OfScalarFunctionConstrained(NegLogLik, Math.Log(1e-4), Math.Log(1e3), 1e-4, 200);
            var ll = -NegLogLik(ls);
            if (ll > best.LogLik)
            {
                best = (Math.Exp(ls), nu, ll);
            }
        }

        return (best.Sigma, best.Nu);
    }
}
