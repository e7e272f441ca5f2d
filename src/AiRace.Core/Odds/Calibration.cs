namespace AiRace.Core.Odds;

/// <summary>
/// Platt recalibration logit p′ = A + B·logit p, fitted by logistic regression on earlier back-test forecasts of one
/// model (<see cref="N"/> forecasts, <see cref="Events"/> overtakes); the identity (0, 1) when there are too few. The
/// covariance of (A, B) gives the interval of a recalibrated probability (delta method).
/// </summary>
public sealed record Calibration(double A, double B, int N, int Events, double VarA, double VarB, double CovAB)
{
    /// <summary>The fewest forecasts and overtakes a recalibration is fitted on.</summary>
    public const int MinimumForecasts = 100;

    public const int MinimumEvents = 5;

    public static Calibration Identity { get; } = new(0, 1, 0, 0, 0, 0, 0);

    public bool IsFitted => N > 0;

    public double Apply(double p) => LogisticFit.Sigmoid(A + B * LogisticFit.Logit(p));

    /// <summary>The 90% interval of the recalibrated probability from the uncertainty of (A, B).</summary>
    public Interval Ci90(double p)
    {
        var l = LogisticFit.Logit(p);
        var eta = A + B * l;
        var sd = Math.Sqrt(Math.Max(0, VarA + 2 * l * CovAB + l * l * VarB));
        return new Interval(LogisticFit.Sigmoid(eta - 1.645 * sd), LogisticFit.Sigmoid(eta + 1.645 * sd));
    }

    /// <summary>Fits on (raw probability, outcome) pairs; the identity when there are fewer than the minimum.</summary>
    public static Calibration Fit(IReadOnlyList<double> raw, IReadOnlyList<bool> happened)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(happened);
        var events = happened.Count(h => h);
        if (raw.Count < MinimumForecasts || events < MinimumEvents || events == raw.Count)
        {
            return Identity;
        }

        var x = raw.Select(p => new[] { 1, LogisticFit.Logit(p) }).ToList();
        var (beta, cov) = LogisticFit.Fit(x, happened);
        return new Calibration(beta[0], beta[1], raw.Count, events, cov[0, 0], cov[1, 1], cov[0, 1]);
    }
}
