namespace AiRace.Core.Analysis;

/// <summary>
/// A change of scale between two consecutive editions of a metric, found from the data: the median change of the scores of
/// the <see cref="CommonModels"/> models present in both is <see cref="MedianShift"/>, beyond <see cref="Threshold"/>
/// (see <see cref="ScaleBreaks"/>). <see cref="ShiftIqr"/> is the interquartile range of those changes.
/// </summary>
public sealed record ScaleBreak(
    DateOnly Date, DateOnly PreviousDate, double MedianShift, double ShiftIqr, int CommonModels, double Threshold, ScaleBreakKind Kind);
