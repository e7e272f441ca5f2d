using AiRace.Core.Analysis;
using MathNet.Numerics.Statistics;

namespace AiRace.Core.Odds;

/// <summary>
/// A race read on its own dates: the scale segments between rating-method breaks, the state on any date (from the data
/// dated on or before it), and what happened in a window after it (from the data that followed).
/// </summary>
internal sealed class RaceTimeline
{
    /// <summary>The fewest frontier advances (both groups, in the segment so far) the jump scale is read from.</summary>
    public const int MinimumAdvances = 3;

    private readonly RaceSegment[] _segments;

    public RaceTimeline(Race race)
    {
        Race = race;
        var breaks = race.MethodBreaks.Distinct().Order().ToList();
        var starts = new List<DateOnly> { DateOnly.MinValue };
        starts.AddRange(breaks);
        _segments = new RaceSegment[starts.Count];
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1] : DateOnly.MaxValue;
            _segments[i] = new RaceSegment(start, end, History(race.A, start, end), History(race.B, start, end));
        }

        var first = _segments.SelectMany(s => s.Dates).DefaultIfEmpty(race.DataEnd).Min();
        FirstDate = first;
    }

    public Race Race { get; }

    public DateOnly FirstDate { get; }

    /// <summary>The state on <paramref name="date"/> with the leader read from the data (null: no state — a tie, a group without a record in the segment, or fewer than <see cref="MinimumAdvances"/> advances).</summary>
    public RaceState? State(DateOnly date) => State(date, null);

    /// <summary>The state with a given leader (<paramref name="leaderIsA"/> null: whoever is strictly ahead).</summary>
    public RaceState? State(DateOnly date, bool? leaderIsA)
    {
        var s = SegmentIndex(date);
        var seg = _segments[s];
        var i = seg.IndexAt(date);
        if (i < 0 || double.IsNaN(seg.LevelA[i]) || double.IsNaN(seg.LevelB[i]))
        {
            return null;
        }

        var diff = seg.LevelA[i] - seg.LevelB[i];
        if (leaderIsA is null && diff == 0)
        {
            return null;
        }

        var aLeads = leaderIsA ?? diff > 0;
        var n = seg.AdvancesUpTo(date);
        if (n < MinimumAdvances)
        {
            return null;
        }

        var jumps = new double[n];
        for (var k = 0; k < n; k++)
        {
            jumps[k] = seg.Advances[k].Jump;
        }

        var scale = ArrayStatistics.MedianInplace(jumps);
        if (!(scale > 0))
        {
            return null;
        }

        var gap = aLeads ? diff : -diff;
        var before = date.AddMonths(-3);
        var j = seg.Contains(before) ? seg.IndexAt(before) : -1;
        var change = j >= 0 && !double.IsNaN(seg.LevelA[j]) && !double.IsNaN(seg.LevelB[j])
            ? gap - (aLeads ? seg.LevelA[j] - seg.LevelB[j] : seg.LevelB[j] - seg.LevelA[j])
            : 0;
        var six = date.AddMonths(-6);
        int leader = 0, follower = 0;
        for (var k = n - 1; k >= 0 && seg.Advances[k].Date > six; k--)
        {
            if (seg.Advances[k].IsA == aLeads)
            {
                leader++;
            }
            else
            {
                follower++;
            }
        }

        return new RaceState(date, s, aLeads, gap, scale, change, follower, leader);
    }

    /// <summary>
    /// Whether the follower of <paramref name="state"/> was strictly above at some record change in (date, date + months]:
    /// null when that window ends after the data or crosses a rating-method break (its outcome is not on one scale).
    /// </summary>
    public bool? Happened(RaceState state, int months)
    {
        var end = state.Date.AddMonths(months);
        var seg = _segments[state.Segment];
        if (end > Race.DataEnd || end >= seg.End)
        {
            return null;
        }

        for (var i = seg.IndexAt(state.Date) + 1; i < seg.Dates.Length && seg.Dates[i] <= end; i++)
        {
            var diff = seg.LevelA[i] - seg.LevelB[i];
            if (state.LeaderIsA ? diff < 0 : diff > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The leader's gap (leader of <paramref name="state"/>) on <paramref name="date"/>, in the same segment, or null.</summary>
    public double? GapAt(RaceState state, DateOnly date)
    {
        var seg = _segments[state.Segment];
        if (!seg.Contains(date) || date > Race.DataEnd)
        {
            return null;
        }

        var i = seg.IndexAt(date);
        var diff = seg.LevelA[i] - seg.LevelB[i];
        return state.LeaderIsA ? diff : -diff;
    }

    /// <summary>
    /// The advances of the segment of <paramref name="state"/> in the <paramref name="months"/> months up to its date:
    /// how many whole months the window spans, the months in which the leader, the follower or both advanced, and the
    /// jumps (in units of the state's scale).
    /// </summary>
    public (int Months, int LeaderOnly, int FollowerOnly, int Both, double[] Jumps) Window(RaceState state, int months)
    {
        var seg = _segments[state.Segment];
        var from = state.Date.AddMonths(-months);
        var firstDate = seg.Dates.Length > 0 ? seg.Dates[0] : state.Date;
        if (from < firstDate)
        {
            from = firstDate;
        }

        var span = Math.Max(1, (int)Math.Round(MonthsMath.Between(from, state.Date)));
        var leaderMonths = new HashSet<int>();
        var followerMonths = new HashSet<int>();
        var jumps = new List<double>();
        var n = seg.AdvancesUpTo(state.Date);
        for (var k = 0; k < n; k++)
        {
            var (date, jump, isA) = seg.Advances[k];
            if (date <= from)
            {
                continue;
            }

            var month = (int)Math.Floor(MonthsMath.Between(from, date) - 1e-9);
            (isA == state.LeaderIsA ? leaderMonths : followerMonths).Add(Math.Clamp(month, 0, span - 1));
            jumps.Add(jump / state.Scale);
        }

        if (jumps.Count < MinimumAdvances)
        {
            jumps = [.. seg.Advances.Take(n).Select(a => a.Jump / state.Scale)];
        }

        var both = leaderMonths.Count(followerMonths.Contains);
        return (span, leaderMonths.Count - both, followerMonths.Count - both, both, [.. jumps]);
    }

    private int SegmentIndex(DateOnly date)
    {
        for (var i = _segments.Length - 1; i >= 0; i--)
        {
            if (_segments[i].Start <= date)
            {
                return i;
            }
        }

        return 0;
    }

    private static FrontierRecordHistory? History(FrontierSeries series, DateOnly start, DateOnly end)
    {
        var points = series.Points.Where(p => p.Date >= start && p.Date < end).ToList();
        return points.Count == 0 ? null : FrontierRecordHistory.From(new FrontierSeries(series.Metric, series.Group, points, 0, NoMembers), DateOnly.MaxValue);
    }

    private static readonly IReadOnlyDictionary<DateOnly, IReadOnlyList<MemberScore>> NoMembers = new Dictionary<DateOnly, IReadOnlyList<MemberScore>>();
}
