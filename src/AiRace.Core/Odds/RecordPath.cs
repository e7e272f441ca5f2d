namespace AiRace.Core.Odds;

/// <summary>
/// A group's record history on the simulation's clock: times in years relative to the as-of date (≤ 0) and the
/// record level from then on (increasing). The last level is the simulation's starting level.
/// </summary>
public sealed class RecordPath
{
    public RecordPath(IReadOnlyList<double> times, IReadOnlyList<double> levels)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(levels);
        if (times.Count == 0 || times.Count != levels.Count)
        {
            throw new ArgumentException("A record path needs at least one (time, level) pair, with as many times as levels.", nameof(times));
        }

        Times = [.. times];
        Levels = [.. levels];
    }

    internal double[] Times { get; }

    internal double[] Levels { get; }

    public double Level => Levels[^1];

    /// <summary>A group standing at <paramref name="level"/> since time 0.</summary>
    public static RecordPath Single(double level) => new([0.0], [level]);

    public static RecordPath From(FrontierRecordHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new RecordPath(
            [.. history.Records.Select(r => MonthsMath.YearsBetween(history.AsOf, r.Date))],
            [.. history.Records.Select(r => r.Level)]);
    }

    /// <summary>The first time the record reached <paramref name="level"/> in the history, or null when it is above the last level.</summary>
    internal double? FirstReaching(double level)
    {
        if (level > Levels[^1])
        {
            return null;
        }

        int lo = 0, hi = Levels.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Levels[mid] >= level)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return Times[lo];
    }
}
