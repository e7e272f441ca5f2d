namespace AiRace.Core.Odds;

/// <summary>What happened: whether the follower's record frontier was strictly above the leader's at some date in a window.</summary>
internal sealed class OvertakeOutcomes
{
    private readonly FrontierRecordHistory _leader;
    private readonly FrontierRecordHistory _follower;
    private readonly DateOnly[] _changes;

    public OvertakeOutcomes(FrontierRecordHistory leader, FrontierRecordHistory follower)
    {
        _leader = leader;
        _follower = follower;
        _changes = [.. leader.Records.Select(r => r.Date).Concat(follower.Records.Select(r => r.Date)).Distinct().Order()];
    }

    /// <summary>True when the follower was strictly above on <paramref name="from"/> or on a record date in (from, to].</summary>
    public bool Happened(DateOnly from, DateOnly to)
    {
        if (Above(from))
        {
            return true;
        }

        foreach (var d in _changes)
        {
            if (d > from && d <= to && Above(d))
            {
                return true;
            }
        }

        return false;
    }

    private bool Above(DateOnly date) =>
        _follower.LevelAt(date) is { } f && _leader.LevelAt(date) is { } l && f > l;
}
