using MathNet.Numerics.Distributions;

namespace AiRace.Core.Odds;

/// <summary>
/// The jump model (see <see cref="OddsModels.Assumptions"/>), fitted on one race's last <see cref="WindowMonths"/> months:
/// monthly chances that only the leader, only the follower, or both set a record (each (count + 0.25)/(months + 1)), and
/// one log-normal for every jump in units of the race's median jump.
/// </summary>
internal sealed record JumpModel(double LeaderOnly, double FollowerOnly, double Both, double Mu, double SigmaLog)
{
    public const int WindowMonths = 24;

    public static JumpModel Fit(RaceTimeline timeline, RaceState state)
    {
        var (months, leader, follower, both, jumps) = timeline.Window(state, WindowMonths);
        var positive = jumps.Where(j => j > 0).ToArray();
        var lognormal = positive.Length >= 2 ? LogNormal.Estimate(positive) : new LogNormal(0, 0.5);
        var sigma = double.IsFinite(lognormal.Sigma) ? lognormal.Sigma : 0.5;
        double P(int k) => (k + 0.25) / (months + 1);
        return new JumpModel(P(leader), P(follower), P(both), lognormal.Mu, sigma);
    }

    /// <summary>Rates of advances a year, for the leader and the follower (both counted).</summary>
    public (double Leader, double Follower) RatesPerYear => (12 * (LeaderOnly + Both), 12 * (FollowerOnly + Both));

    /// <summary>The mean jump in units of the race's median jump.</summary>
    public double MeanJump => Math.Exp(Mu + 0.5 * SigmaLog * SigmaLog);

    /// <summary>Shared uniforms and normals (three per path-month) for every forecast of one origin.</summary>
    public static double[] Noise(Random rng, int paths, int months)
    {
        var noise = new double[paths * months * 3];
        for (var i = 0; i < noise.Length; i += 3)
        {
            noise[i] = rng.NextDouble();
        }

        var normals = new double[paths * months * 2];
        Normal.Samples(rng, normals, 0, 1);
        for (int i = 0, j = 0; i < noise.Length; i += 3, j += 2)
        {
            noise[i + 1] = normals[j];
            noise[i + 2] = normals[j + 1];
        }

        return noise;
    }

    /// <summary>Any-time and at-horizon overtake probabilities at months 1..months from gap <paramref name="z0"/> (in jumps).</summary>
    public (double[] AnyTime, double[] AtHorizon) Curve(double z0, int months, double[] noise, int paths)
    {
        var crossed = new int[months];
        var below = new int[months];
        double l1 = LeaderOnly, l2 = LeaderOnly + FollowerOnly, l3 = LeaderOnly + FollowerOnly + Both;
        for (var p = 0; p < paths; p++)
        {
            var z = z0;
            var first = z < 0 ? 0 : -1;
            var row = p * months * 3;
            for (var m = 0; m < months; m++)
            {
                var u = noise[row + 3 * m];
                if (u < l3)
                {
                    if (u < l1 || u >= l2)
                    {
                        z += Math.Exp(Mu + SigmaLog * noise[row + 3 * m + 1]);
                    }

                    if (u >= l1)
                    {
                        z -= Math.Exp(Mu + SigmaLog * noise[row + 3 * m + 2]);
                    }
                }

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

        return (LagModel.Cumulative(crossed, paths), [.. below.Select(b => b / (double)paths)]);
    }
}
