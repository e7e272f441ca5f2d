namespace AiRace.Core.Odds;

/// <summary>
/// One scale segment of a race, [<see cref="Start"/>, <see cref="End"/>): both groups' record histories restarted at the
/// segment's start, the dates either record changed with both levels after the change (NaN while a group has none), and
/// the frontier advances of both groups in date order.
/// </summary>
internal sealed class RaceSegment
{
    public RaceSegment(DateOnly start, DateOnly end, FrontierRecordHistory? a, FrontierRecordHistory? b)
    {
        Start = start;
        End = end;
        var dates = (a?.Records.Select(r => r.Date) ?? []).Concat(b?.Records.Select(r => r.Date) ?? []).Distinct().Order().ToArray();
        Dates = dates;
        LevelA = [.. dates.Select(d => a?.LevelAt(d) ?? double.NaN)];
        LevelB = [.. dates.Select(d => b?.LevelAt(d) ?? double.NaN)];
        Advances = [.. (a?.Advances.Select(x => (x.Date, x.Jump, IsA: true)) ?? [])
            .Concat(b?.Advances.Select(x => (x.Date, x.Jump, IsA: false)) ?? [])
            .OrderBy(x => x.Date)];
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public DateOnly[] Dates { get; }

    public double[] LevelA { get; }

    public double[] LevelB { get; }

    public (DateOnly Date, double Jump, bool IsA)[] Advances { get; }

    public bool Contains(DateOnly d) => d >= Start && d < End;

    /// <summary>Index of the last change on or before <paramref name="d"/>, or −1.</summary>
    public int IndexAt(DateOnly d)
    {
        int lo = 0, hi = Dates.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Dates[mid] <= d)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Number of advances dated on or before <paramref name="d"/>.</summary>
    public int AdvancesUpTo(DateOnly d)
    {
        int lo = 0, hi = Advances.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Advances[mid].Date <= d)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
