namespace AiRace.Core.Analysis;

/// <summary>
/// One model of a group on one snapshot: its score on that snapshot and its release date. <see cref="ReleaseDateSource"/>
/// says where the date came from; <see cref="ReleaseIsBound"/> is true when the date is only the model's first appearance on
/// the metric's first snapshot (it may have been released earlier, so any lag measured from it is a lower bound).
/// </summary>
public sealed record MemberScore(string ModelKey, double Score, DateOnly Released, ReleaseDateSource ReleaseDateSource, bool ReleaseIsBound);
