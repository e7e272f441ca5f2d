namespace AiRace.Core.Odds;

/// <summary>The pooled discrete-time hazard model (see <see cref="OddsModels.Assumptions"/>): one logistic regression over every race's months.</summary>
internal sealed record HazardModel(double[] Beta)
{
    public static double[] Features(RaceState s) =>
        [1, Math.Log(1 + Math.Max(0, s.Z)), Math.Clamp(s.ZChange3, -10, 10), Math.Min(s.FollowerAdvances6, 12)];

    /// <summary>Fits on the rows whose next-month outcome is known (null when there are fewer than 5 overtakes).</summary>
    public static HazardModel? Fit(IReadOnlyList<PanelRow> rows)
    {
        var x = new List<double[]>();
        var y = new List<bool>();
        foreach (var r in rows)
        {
            if (r.NextMonth is { } e)
            {
                x.Add(Features(r.State));
                y.Add(e);
            }
        }

        return y.Count(v => v) < 5 ? null : new HazardModel(LogisticFit.Fit(x, y).Beta);
    }

    public double Monthly(RaceState s) => LogisticFit.Predict(Beta, Features(s));

    /// <summary>P(overtake at any time within m months), m = 1..months.</summary>
    public double[] Curve(RaceState s, int months)
    {
        var p = Monthly(s);
        var curve = new double[months];
        for (var m = 0; m < months; m++)
        {
            curve[m] = 1 - Math.Pow(1 - p, m + 1);
        }

        return curve;
    }
}
