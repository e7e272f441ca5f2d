namespace AiRace.Core.Odds;

/// <summary>
/// One race's forecast: the definition, the model printed (null: none beat the base rate, so the headline is the base
/// rate) with its recalibration, the odds per horizon, the state it starts from, each model's fitted parameters, the
/// monthly any-time curve (recalibrated; month m at index m − 1) references are read from, and the pooled back-test.
/// </summary>
public sealed record OvertakeForecastResult(
    string Definition,
    DateOnly AsOf,
    DateOnly From,
    OddsModel? Model,
    Calibration Calibration,
    IReadOnlyList<HorizonOdds> Horizons,
    double InitialGap,
    double Scale,
    double? MonthsBehindNow,
    bool AlreadyAbove,
    JumpFitSummary Jump,
    LagFitSummary? Lag,
    double? HazardMonthly,
    IReadOnlyList<double> Curve,
    PooledBacktestResult Backtest,
    string RaceId)
{
    /// <summary>The printed model's raw any-time curve (month m at index m − 1; empty without a model).</summary>
    public IReadOnlyList<double> RawCurve { get; init; } = [];

    /// <summary>"jump", "lag", "hazard", or "base-rate" when no model beat it.</summary>
    public string ModelName => Model is { } m ? OddsModels.Name(m) : OddsModels.BaseRate;

    /// <summary>The headline's first sentence when no model beat the base rate (null otherwise).</summary>
    public string? NoModelSentence => (Model, Backtest.BaseRate.Forecasts) switch
    {
        (not null, _) => null,
        (null, 0) => "The pooled back-test has no scored forecasts yet (too little history on one scale), so no model and no base rate can be printed.",
        _ => "No model beat the base rate on the pooled back-test (Brier and log score), so the odds printed are the base rate of this race type.",
    };

    /// <summary>The printed any-time probability at <paramref name="months"/> months: the recalibrated raw probability interpolated linearly between whole months (the base rate without a model; 1 when already above); null beyond the curve.</summary>
    public double? AnyTimeAt(double months)
    {
        if (months <= 0)
        {
            return AlreadyAbove ? 1 : 0;
        }

        if (AlreadyAbove)
        {
            return 1;
        }

        var curve = Model is null ? Curve : RawCurve;
        if (curve.Count == 0 || months > curve.Count)
        {
            return null;
        }

        var lo = (int)Math.Floor(months);
        var low = lo == 0 ? (Model is null ? curve[0] : 0) : curve[lo - 1];
        var high = curve[Math.Min(curve.Count, lo + 1) - 1];
        var p = low + (months - lo) * (high - low);
        return Model is null ? p : Calibration.Apply(p);
    }
}
