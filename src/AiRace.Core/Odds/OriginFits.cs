namespace AiRace.Core.Odds;

/// <summary>
/// Everything fitted at one origin, each only on panel rows whose outcome is dated on or before it: the pooled hazard
/// and lag models, the gap-only logistic per horizon, and the base rate per race type and horizon.
/// </summary>
internal sealed class OriginFits
{
    private OriginFits(DateOnly origin, HazardModel? hazard, LagModel? lag, double[]?[] gapLogistic, Dictionary<(string, int), double> baseRates)
    {
        Origin = origin;
        Hazard = hazard;
        Lag = lag;
        GapLogistic = gapLogistic;
        BaseRates = baseRates;
    }

    public DateOnly Origin { get; }

    public HazardModel? Hazard { get; }

    public LagModel? Lag { get; }

    /// <summary>Gap-only logistic coefficients per horizon index (null: too few overtakes).</summary>
    public double[]?[] GapLogistic { get; }

    public Dictionary<(string Kind, int Horizon), double> BaseRates { get; }

    public static OriginFits At(RacePanel panel, DateOnly origin)
    {
        var monthly = panel.Rows.Where(r => r.Date.AddMonths(1) <= origin).ToList();
        var gap = new double[]?[panel.Horizons.Length];
        var baseRates = new Dictionary<(string, int), double>();
        for (var k = 0; k < panel.Horizons.Length; k++)
        {
            var h = panel.Horizons[k];
            var known = panel.Rows.Where(r => r.Date.AddMonths(h) <= origin && r.Outcomes[k] is not null).ToList();
            var y = known.Select(r => r.Outcomes[k]!.Value).ToList();
            gap[k] = y.Count(v => v) >= 3 && y.Count(v => !v) >= 3
                ? LogisticFit.Fit([.. known.Select(r => GapFeatures(r.State))], y).Beta
                : null;
            baseRates[(AllKinds, h)] = (y.Count(v => v) + 0.5) / (y.Count + 1);
            foreach (var kind in known.Select(r => panel.Timelines[r.Race].Race.KindName).Distinct())
            {
                var ofKind = known.Where(r => panel.Timelines[r.Race].Race.KindName == kind).ToList();
                baseRates[(kind, h)] = (ofKind.Count(r => r.Outcomes[k]!.Value) + 0.5) / (ofKind.Count + 1);
            }
        }

        return new OriginFits(origin, HazardModel.Fit(monthly), LagModel.Fit(monthly), gap, baseRates);
    }

    public static double[] GapFeatures(RaceState s) => [1, Math.Log(1 + Math.Max(0, s.Z))];

    /// <summary>The key of the base rate over every race type (used for a type without earlier windows).</summary>
    public const string AllKinds = "*";

    public double BaseRate(string kind, int horizon) =>
        BaseRates.TryGetValue((kind, horizon), out var p) ? p : BaseRates.TryGetValue((AllKinds, horizon), out var all) ? all : 0.5;
}
