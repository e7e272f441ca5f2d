namespace AiRace.Core.Odds;

/// <summary>
/// One group's compound-Poisson frontier process: advances arrive at <see cref="Rate"/> per year, and each raises the
/// frontier by a log-normal jump exp(<see cref="Mu"/> + <see cref="Sigma"/>·Z), Z standard normal (Sigma 0: a fixed jump e^Mu).
/// </summary>
public readonly record struct JumpParameters(double Rate, double Mu, double Sigma)
{
    /// <summary>A group that never moves.</summary>
    public static JumpParameters Static { get; } = new(0, 0, 0);

    /// <summary>The mean jump, exp(Mu + Sigma²/2).</summary>
    public double MeanJump => Math.Exp(Mu + 0.5 * Sigma * Sigma);

    /// <summary>A process with fixed jumps of <paramref name="size"/> arriving at <paramref name="rate"/> per year.</summary>
    public static JumpParameters Fixed(double rate, double size) => new(rate, Math.Log(size), 0);
}
