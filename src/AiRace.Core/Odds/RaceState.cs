namespace AiRace.Core.Odds;

/// <summary>
/// A race on one date, from the leader's side: the record gap (positive: the leader ahead), the race's jump scale (median
/// frontier-advancing jump of both groups in the current scale segment so far), the gap's change over the last three
/// months and each side's frontier advances in the last six months. <see cref="Z"/> is the gap in jumps.
/// </summary>
internal readonly record struct RaceState(
    DateOnly Date, int Segment, bool LeaderIsA, double Gap, double Scale, double GapChange3, int FollowerAdvances6, int LeaderAdvances6)
{
    public double Z => Gap / Scale;

    public double ZChange3 => GapChange3 / Scale;
}
