namespace AiRace.Core.Odds;

/// <summary>
/// How one forecaster scored on a set of back-test forecasts (lower is better for Brier and log score): the Brier score,
/// the log score (mean negative natural log of the probability given to what happened, clipped to [0.001, 0.999]), the
/// Murphy decomposition of the Brier score over the reliability bins (Brier ≈ reliability − resolution + uncertainty),
/// and the reliability bins with their counts.
/// </summary>
public sealed record ScoreCard(
    string Name,
    int Forecasts,
    int Events,
    double Brier,
    double LogScore,
    double Reliability,
    double Resolution,
    double Uncertainty,
    IReadOnlyList<ReliabilityBin> Bins);
