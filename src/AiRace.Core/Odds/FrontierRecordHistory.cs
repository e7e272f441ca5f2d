using AiRace.Core.Analysis;

namespace AiRace.Core.Odds;

/// <summary>
/// A group's record frontier up to an as-of date: the best score it has reached so far (running maximum, on a scale where
/// higher is better), each date that record rose, and the advances — the records set by a model that had not held the
/// record before. A record set by the current holder (a snapshot leaderboard re-estimating its rating) moves the level
/// but is not a release, so it is not an advance.
/// </summary>
public sealed class FrontierRecordHistory
{
    private FrontierRecordHistory(DateOnly asOf, IReadOnlyList<(DateOnly Date, double Level)> records, IReadOnlyList<FrontierAdvance> advances)
    {
        AsOf = asOf;
        Records = records;
        Advances = advances;
    }

    public DateOnly AsOf { get; }

    /// <summary>Dates the record rose, with the new level (higher is better: scores of lower-is-better metrics are negated).</summary>
    public IReadOnlyList<(DateOnly Date, double Level)> Records { get; }

    public IReadOnlyList<FrontierAdvance> Advances { get; }

    /// <summary>The record on the as-of date.</summary>
    public double Level => Records[^1].Level;

    public DateOnly FirstDate => Records[0].Date;

    /// <summary>The record on <paramref name="date"/> (null before the first point).</summary>
    public double? LevelAt(DateOnly date)
    {
        int lo = 0, hi = Records.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Records[mid].Date <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : Records[found].Level;
    }

    /// <summary>Builds the record history of <paramref name="series"/> from its points dated on or before <paramref name="asOf"/>; null when there are none.</summary>
    public static FrontierRecordHistory? From(FrontierSeries series, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(series);
        var sign = series.Metric.HigherIsBetter ? 1.0 : -1.0;
        var records = new List<(DateOnly, double)>();
        var advances = new List<FrontierAdvance>();
        var holders = new HashSet<string>(StringComparer.Ordinal);
        var level = double.NegativeInfinity;
        foreach (var p in series.Points)
        {
            if (p.Date > asOf)
            {
                break;
            }

            var s = sign * p.Score;
            if (s <= level)
            {
                continue;
            }

            if (records.Count > 0 && !holders.Contains(p.ModelKey))
            {
                advances.Add(new FrontierAdvance(p.Date, p.ModelKey, s - level));
            }

            holders.Add(p.ModelKey);
            level = s;
            records.Add((p.Date, s));
        }

        return records.Count == 0 ? null : new FrontierRecordHistory(asOf, records, advances);
    }
}
