namespace AiRace.Core.Odds;

/// <summary>
/// One back-test forecast: at <see cref="Origin"/>, for race <see cref="Race"/> (of type <see cref="Kind"/>), the
/// probability that the group behind is strictly above the leader at some time within <see cref="Months"/> months, from
/// each candidate model (raw and recalibrated on earlier origins only, in <see cref="OddsModels.All"/> order; NaN when a
/// model could not be fitted yet), the gap-only logistic and the base rate; and what happened.
/// </summary>
public sealed record BacktestForecast(
    string Race,
    string Kind,
    DateOnly Origin,
    int Months,
    bool Happened,
    IReadOnlyList<double> Raw,
    IReadOnlyList<double> Calibrated,
    double GapLogistic,
    double BaseRate)
{
    /// <summary>The recalibrated probability of <paramref name="model"/>.</summary>
    public double Of(OddsModel model) => Calibrated[(int)model];
}
