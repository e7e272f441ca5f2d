namespace AiRace.Core.Odds;

/// <summary>Proper scores of probability forecasts of a yes/no event: Brier, log score, reliability bins and the Murphy decomposition.</summary>
public static class Scores
{
    /// <summary>Probabilities are clipped to [floor, 1 − floor] in the log score (a 0 for an event that happened costs ln 1000, not infinity).</summary>
    public const double ProbabilityFloor = 0.001;

    /// <summary>The reliability bins' edges: narrow where most forecasts of rare overtakes fall.</summary>
    public static IReadOnlyList<double> BinEdges { get; } = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1];

    public static double Brier(double p, bool happened) => (p - (happened ? 1 : 0)) * (p - (happened ? 1 : 0));

    public static double Log(double p, bool happened)
    {
        var q = Math.Clamp(p, ProbabilityFloor, 1 - ProbabilityFloor);
        return -Math.Log(happened ? q : 1 - q);
    }

    /// <summary>The score card of the probabilities <paramref name="p"/> against the outcomes <paramref name="happened"/>.</summary>
    public static ScoreCard Card(string name, IReadOnlyList<double> p, IReadOnlyList<bool> happened)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(happened);
        var n = p.Count;
        if (n == 0)
        {
            return new ScoreCard(name, 0, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, []);
        }

        double brier = 0, log = 0;
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            brier += Brier(p[i], happened[i]);
            log += Log(p[i], happened[i]);
            events += happened[i] ? 1 : 0;
        }

        var rate = events / (double)n;
        var bins = new List<ReliabilityBin>();
        double reliability = 0, resolution = 0;
        for (var b = 0; b + 1 < BinEdges.Count; b++)
        {
            double lo = BinEdges[b], hi = BinEdges[b + 1];
            var last = b + 2 == BinEdges.Count;
            int count = 0, hits = 0;
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (p[i] >= lo && (p[i] < hi || (last && p[i] <= hi)))
                {
                    count++;
                    sum += p[i];
                    hits += happened[i] ? 1 : 0;
                }
            }

            double? mean = count == 0 ? null : sum / count;
            double? observed = count == 0 ? null : hits / (double)count;
            if (count > 0)
            {
                reliability += count * (mean!.Value - observed!.Value) * (mean.Value - observed.Value);
                resolution += count * (observed!.Value - rate) * (observed.Value - rate);
            }

            bins.Add(new ReliabilityBin(lo, hi, count, mean, observed));
        }

        return new ScoreCard(name, n, events, brier / n, log / n, reliability / n, resolution / n, rate * (1 - rate), bins);
    }
}
