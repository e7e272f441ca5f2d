using MathNet.Numerics.Distributions;

namespace AiRace.Core.Odds;

/// <summary>
/// A group's compound-Poisson process fitted on its record history from the exposure start to the as-of date: the rate
/// is advances per year of exposure; jump sizes are log-normal (MathNet <see cref="LogNormal.Estimate"/>). Parameter
/// uncertainty: <see cref="Draw"/> resamples, with replacement, the completed inter-arrival times (the open spell since the
/// last advance is kept as exposure) and the jumps, and refits both.
/// </summary>
public sealed class JumpProcessFit
{
    /// <summary>The fewest advances a jump-size distribution is fitted on (a group with none is fitted as static).</summary>
    public const int MinimumAdvances = 3;

    private readonly double[] _intervals;
    private readonly double[] _jumps;
    private readonly double _openSpell;

    private JumpProcessFit(FrontierRecordHistory history, DateOnly exposureStart, IReadOnlyList<FrontierAdvance> advances)
    {
        History = history;
        ExposureStart = exposureStart;
        Advances = advances;
        _jumps = [.. advances.Select(a => a.Jump)];
        var times = advances.Select(a => MonthsMath.YearsBetween(exposureStart, a.Date)).ToArray();
        _intervals = [.. times.Select((t, i) => i == 0 ? t : t - times[i - 1])];
        ExposureYears = MonthsMath.YearsBetween(exposureStart, history.AsOf);
        _openSpell = ExposureYears - (times.Length == 0 ? 0 : times[^1]);
        PointEstimate = Estimate(_intervals, _jumps, _openSpell);
    }

    public FrontierRecordHistory History { get; }

    public DateOnly ExposureStart { get; }

    public double ExposureYears { get; }

    /// <summary>The advances in the exposure window.</summary>
    public IReadOnlyList<FrontierAdvance> Advances { get; }

    public JumpParameters PointEstimate { get; }

    /// <summary>Fits the history; a usage-level error naming the group when it has 1 or 2 advances (too few for a jump distribution).</summary>
    public static JumpProcessFit Fit(FrontierRecordHistory history, DateOnly? fitFrom, string group)
    {
        if (!TryFit(history, fitFrom, out var fit, out var reason))
        {
            throw new AiRaceException(ErrorKind.Usage, $"Cannot fit the frontier process of {group}: {reason}. Use a later --as-of or an earlier --fit-from.");
        }

        return fit!;
    }

    public static bool TryFit(FrontierRecordHistory history, DateOnly? fitFrom, out JumpProcessFit? fit, out string reason)
    {
        ArgumentNullException.ThrowIfNull(history);
        var start = fitFrom is { } f && f > history.FirstDate ? f : history.FirstDate;
        var advances = history.Advances.Where(a => a.Date >= start && a.Date > history.FirstDate).ToList();
        fit = null;
        if (advances.Count is > 0 and < MinimumAdvances)
        {
            reason = $"it has only {advances.Count} frontier-advancing release(s) between {start:yyyy-MM-dd} and {history.AsOf:yyyy-MM-dd}, and the jump-size distribution needs at least {MinimumAdvances}";
            return false;
        }

        if (history.AsOf <= start)
        {
            reason = $"its history starts on {start:yyyy-MM-dd}, not before the as-of date {history.AsOf:yyyy-MM-dd}";
            return false;
        }

        reason = string.Empty;
        fit = new JumpProcessFit(history, start, advances);
        return true;
    }

    /// <summary>A bootstrap draw of the parameters (the point estimate's inputs resampled with replacement).</summary>
    public JumpParameters Draw(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var k = _jumps.Length;
        if (k == 0)
        {
            return JumpParameters.Static;
        }

        var intervals = new double[k];
        var jumps = new double[k];
        for (var i = 0; i < k; i++)
        {
            intervals[i] = _intervals[rng.Next(k)];
            jumps[i] = _jumps[rng.Next(k)];
        }

        return Estimate(intervals, jumps, _openSpell);
    }

    private static JumpParameters Estimate(double[] intervals, double[] jumps, double openSpell)
    {
        if (jumps.Length == 0)
        {
            return JumpParameters.Static;
        }

        var exposure = intervals.Sum() + openSpell;
        var rate = exposure > 0 ? jumps.Length / exposure : 0;
        var lognormal = LogNormal.Estimate(jumps);
        var sigma = double.IsNaN(lognormal.Sigma) ? 0 : lognormal.Sigma;
        return new JumpParameters(rate, lognormal.Mu, sigma);
    }
}
