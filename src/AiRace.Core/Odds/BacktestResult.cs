namespace AiRace.Core.Odds;

/// <summary>
/// The back-test's scores, lower is better: Brier (mean squared error of the probability) and log score (mean negative
/// natural log of the probability given to what happened, probabilities clipped to [0.001, 0.999]), for the model and two
/// baselines — the historical base rate up to each origin, and "never" (probability 0).
/// </summary>
public sealed record BacktestResult(
    IReadOnlyList<BacktestForecast> Forecasts,
    int Origins,
    int SkippedOrigins,
    double? Brier,
    double? LogScore,
    double? BaseRateBrier,
    double? NeverBrier,
    double? BaseRateLogScore,
    double? NeverLogScore,
    IReadOnlyList<ReliabilityBin> Reliability)
{
    public const string Definition =
        "rolling origins on the first day of each month: fit on data dated up to the origin, forecast P(follower strictly above at any time within 3, 6 and 12 months), compare with the record frontiers that followed; Brier and log score (mean negative ln probability of what happened, clipped to [0.001, 0.999]) are lower-is-better; baselines: the historical base rate before each origin ((k + 0.5)/(n + 1) over earlier windows of the same length) and 'never' (0)";

    public bool BeatsBaseRate => Brier is { } b && BaseRateBrier is { } r && b < r;

    public bool BeatsNever => Brier is { } b && NeverBrier is { } r && b < r;

    /// <summary>One plain sentence: does the model beat both baselines on the Brier score?</summary>
    public string Verdict => Brier is null
        ? "not enough history for a back-test"
        : (BeatsBaseRate, BeatsNever) switch
        {
            (true, true) => "the model beats both baselines (base rate and never) on the Brier score",
            (true, false) => "the model beats the base rate but not 'never' on the Brier score",
            (false, true) => "the model beats 'never' but not the base rate on the Brier score",
            _ => "the model does not beat either baseline (base rate, never) on the Brier score",
        };
}
