namespace AiRace.Core.Analysis;

/// <summary>
/// A date where the sign of the gap flips: <see cref="Leader"/> leads on <see cref="Date"/>, and <see cref="PreviousLeader"/>
/// led on the last earlier date with a non-zero gap (<see cref="PreviousDate"/>). Ties (a zero gap) never count as a change.
/// </summary>
public sealed record LeadChange(DateOnly Date, GroupSpec Leader, GroupSpec PreviousLeader, DateOnly PreviousDate, double Gap);
