using AiRace.Core.Odds;

namespace AiRace.Core.Claims;

/// <summary>
/// The verdict rules, one per <see cref="ClaimType"/>: pure functions of the figures the analyses computed. Rules over several
/// measures (metrics, snapshots, counts) share one shape: supported when the claim holds on all of them, mixed when on some,
/// contradicted when on none, not measurable when there is none. The README's "Claims" section states each rule.
/// </summary>
public static class ClaimRules
{
    /// <summary>Rounding slack for comparing a difference of fractions with a threshold (0.15 − 0.10 is 0.0499…).</summary>
    private const double Epsilon = 1e-12;

    /// <summary>All → supported, some → mixed, none → contradicted, no measure → not measurable.</summary>
    public static ClaimVerdict AllSomeNone(IEnumerable<bool> holds)
    {
        ArgumentNullException.ThrowIfNull(holds);
        var list = holds.ToList();
        if (list.Count == 0)
        {
            return ClaimVerdict.NotMeasurable;
        }

        var yes = list.Count(h => h);
        return yes == list.Count ? ClaimVerdict.Supported : yes == 0 ? ClaimVerdict.Contradicted : ClaimVerdict.Mixed;
    }

    /// <summary>
    /// Per-measure verdicts combined: all supported → supported, all contradicted → contradicted, any other mix → mixed;
    /// measures that are not measurable are left out (none left → not measurable).
    /// </summary>
    public static ClaimVerdict Combine(IEnumerable<ClaimVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var list = verdicts.Where(v => v != ClaimVerdict.NotMeasurable).Distinct().ToList();
        return list.Count switch
        {
            0 => ClaimVerdict.NotMeasurable,
            1 => list[0],
            _ => ClaimVerdict.Mixed,
        };
    }

    /// <summary>"A leads B": A's frontier strictly above B's (a lead, sign-corrected for lower-is-better metrics, above 0) on each measure.</summary>
    public static ClaimVerdict Leads(IEnumerable<double> leads) => AllSomeNone(leads.Select(l => l > 0));

    /// <summary>"The gap is widening": the trend verdict (90% interval of the slope above 0) is <see cref="TrendVerdict.Widening"/> on each measure.</summary>
    public static ClaimVerdict Widening(IEnumerable<TrendVerdict> verdicts) => AllSomeNone(verdicts.Select(v => v == TrendVerdict.Widening));

    /// <summary>"The gap narrowed": the percentage gap at the end date is below the one at the start date, on each measure.</summary>
    public static ClaimVerdict Narrowed(IEnumerable<(double Start, double End)> gaps) => AllSomeNone(gaps.Select(g => g.End < g.Start));

    /// <summary>
    /// "B is <paramref name="low"/>–<paramref name="high"/> months behind": supported when the mean lies in the range, mixed when
    /// it does not but the series' own range (min–max) overlaps it, contradicted otherwise.
    /// </summary>
    public static ClaimVerdict MonthsBehind(double mean, double? min, double? max, double low, double high)
    {
        if (low > high)
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, $"The stated range's low end must not exceed its high end ({high}).");
        }

        if (mean >= low && mean <= high)
        {
            return ClaimVerdict.Supported;
        }

        return min is { } lo && max is { } hi && lo <= high && hi >= low ? ClaimVerdict.Mixed : ClaimVerdict.Contradicted;
    }

    /// <summary>
    /// "The probability is below <paramref name="threshold"/>": supported when the whole 90% interval lies below it, contradicted
    /// when the whole interval lies at or above it, mixed when it straddles it.
    /// </summary>
    public static ClaimVerdict ProbabilityBelow(Interval ci90, double threshold) =>
        ci90.High < threshold ? ClaimVerdict.Supported : ci90.Low >= threshold ? ClaimVerdict.Contradicted : ClaimVerdict.Mixed;

    /// <summary>
    /// "The share rose (sharply)": supported when it rose by at least <paramref name="threshold"/> (fraction points), mixed when it
    /// rose by less, contradicted when it did not rise.
    /// </summary>
    public static ClaimVerdict ShareRose(double start, double end, double threshold) =>
        end - start >= threshold - Epsilon ? ClaimVerdict.Supported : end > start ? ClaimVerdict.Mixed : ClaimVerdict.Contradicted;

    /// <summary>"A's share leads B's": A strictly above B on each snapshot.</summary>
    public static ClaimVerdict ShareLeads(IEnumerable<(double A, double B)> snapshots) => AllSomeNone(snapshots.Select(s => s.A > s.B));

    /// <summary>
    /// "A overtook B": supported when A is strictly above B on the latest snapshot, mixed when A is not but was above B on an
    /// earlier one, contradicted when A was never above B. Snapshots in date order.
    /// </summary>
    public static ClaimVerdict Overtook(IReadOnlyList<(double A, double B)> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        if (snapshots.Count == 0)
        {
            return ClaimVerdict.NotMeasurable;
        }

        return snapshots[^1].A > snapshots[^1].B ? ClaimVerdict.Supported
            : snapshots.Any(s => s.A > s.B) ? ClaimVerdict.Mixed
            : ClaimVerdict.Contradicted;
    }

    /// <summary>"More than N": each value strictly above its threshold.</summary>
    public static ClaimVerdict CountAbove(IEnumerable<(double Value, double Threshold)> counts) => AllSomeNone(counts.Select(c => c.Value > c.Threshold));
}
