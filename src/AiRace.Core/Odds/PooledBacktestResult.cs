namespace AiRace.Core.Odds;

/// <summary>
/// The pooled back-test (see <see cref="Definition"/>): the scored forecasts, each candidate's score card after
/// recalibration, the baselines' score cards, each candidate's recalibration fitted on every back-test forecast (what a
/// forecast made now uses; see also <see cref="KindCalibrations"/>), the base rates per race type and horizon, and the chosen model (null when none beats the
/// base rate on both Brier and log score). A plain record: it serializes as it is.
/// </summary>
public sealed record PooledBacktestResult(
    int Races,
    int Origins,
    DateOnly? FirstOrigin,
    DateOnly? LastOrigin,
    IReadOnlyList<int> HorizonsMonths,
    IReadOnlyList<BacktestForecast> Forecasts,
    IReadOnlyList<ScoreCard> Models,
    ScoreCard BaseRate,
    ScoreCard Never,
    ScoreCard GapLogistic,
    IReadOnlyList<Calibration> Calibrations,
    IReadOnlyList<BaseRateEntry> BaseRates,
    OddsModel? Best,
    long Seed,
    int Paths)
{
    public const string Definition =
        "pooled back-test: every race (metric, pair of groups) on the first day of each month; the leader is the group strictly ahead on its record frontier on that day; "
        + "event = the other group strictly above at some record change within 3, 6 or 12 months, read from the data that followed (windows that end after the data or cross a rating-method break are left out); "
        + "every model and baseline is fitted only on outcomes dated on or before the origin, across all races, and each model is recalibrated (Platt, on the race's type when it has at least 100 forecasts and 5 overtakes, else on all types) on earlier origins' forecasts only; "
        + "forecasts are scored from the first origin where every model has a recalibration; Brier and log score (mean negative ln probability of what happened, clipped to [0.001, 0.999]) are lower-is-better";

    /// <summary>The score card of <paramref name="model"/>.</summary>
    public ScoreCard Card(OddsModel model) => Models[(int)model];

    /// <summary>Each model's recalibration on one race type's back-test forecasts (only those with enough forecasts and overtakes).</summary>
    public IReadOnlyList<KindCalibration> KindCalibrations { get; init; } = [];

    /// <summary>The recalibration of <paramref name="model"/> on all race types.</summary>
    public Calibration CalibrationOf(OddsModel model) => Calibrations[(int)model];

    /// <summary>The recalibration a forecast of race type <paramref name="kind"/> uses: its own type's when fitted, else all types'.</summary>
    public Calibration CalibrationOf(OddsModel model, string kind) =>
        KindCalibrations.FirstOrDefault(k => k.Model == model && k.Kind == kind)?.Calibration ?? CalibrationOf(model);

    /// <summary>Whether <paramref name="model"/> beats the base rate on both Brier and log score.</summary>
    public bool Beats(OddsModel model) => Beats(Card(model), BaseRate);

    internal static bool Beats(ScoreCard card, ScoreCard baseRate) =>
        card.Forecasts > 0 && card.Brier < baseRate.Brier && card.LogScore < baseRate.LogScore;

    /// <summary>The base rate of a race type at a horizon in months (the longest horizon's beyond it; null when unknown).</summary>
    public double? BaseRateFor(string kind, double months)
    {
        var h = HorizonsMonths.Where(x => x <= months + 1e-9).DefaultIfEmpty(HorizonsMonths[0]).Max();
        return BaseRates.FirstOrDefault(b => b.Kind == kind && b.Months == h)?.Probability;
    }

    /// <summary>The score cards of one race's forecasts alone: the model (or base rate when null), the base rate and never.</summary>
    public (ScoreCard Model, ScoreCard BaseRate, ScoreCard Never) ForRace(string raceId, OddsModel? model)
    {
        var mine = Forecasts.Where(f => f.Race == raceId).ToList();
        var happened = mine.Select(f => f.Happened).ToList();
        var name = model is { } m ? OddsModels.Name(m) : OddsModels.BaseRate;
        return (
            Scores.Card(name, [.. mine.Select(f => model is { } m2 ? f.Of(m2) : f.BaseRate)], happened),
            Scores.Card(OddsModels.BaseRate, [.. mine.Select(f => f.BaseRate)], happened),
            Scores.Card(OddsModels.Never, [.. mine.Select(_ => 0.0)], happened));
    }
}
