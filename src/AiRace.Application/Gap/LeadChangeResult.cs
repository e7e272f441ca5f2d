using AiRace.Core.Analysis;

namespace AiRace.Application.Gap;

/// <summary>A change of leader: <c>date</c>, <c>leader</c>, <c>previous_leader</c>, <c>previous_date</c>, <c>gap</c>.</summary>
public sealed record LeadChangeResult(DateOnly Date, string Leader, string PreviousLeader, DateOnly PreviousDate, double Gap)
{
    public static LeadChangeResult Of(LeadChange c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Date, c.Leader.Label, c.PreviousLeader.Label, c.PreviousDate, c.Gap);
    }
}
