namespace AiRace.Core.Odds;

/// <summary>The lag model fitted now: z′ = C + Phi·z + Sigma·t_Nu (z the gap in median jumps); <see cref="Mean"/> = C/(1 − Phi).</summary>
public sealed record LagFitSummary(double C, double Phi, double Sigma, double Nu)
{
    public double Mean => Phi < 1 ? C / (1 - Phi) : double.NaN;
}
