using AiRace.Core.Analysis;

namespace AiRace.Application.Frontiers;

/// <summary>
/// A scale break found in a metric's editions (<c>scale_breaks</c> in <c>metrics</c>, <c>behind</c> and <c>trend</c>):
/// <c>date</c>, <c>previous_date</c>, <c>median_shift</c>, <c>shift_iqr</c>, <c>common_models</c>, <c>threshold</c>,
/// <c>kind</c> (<c>offset</c> or <c>method</c>).
/// </summary>
public sealed record ScaleBreakResult(DateOnly Date, DateOnly PreviousDate, double MedianShift, double ShiftIqr, int CommonModels, double Threshold, string Kind)
{
    public static ScaleBreakResult Of(ScaleBreak b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(b.Date, b.PreviousDate, b.MedianShift, b.ShiftIqr, b.CommonModels, b.Threshold, b.Kind == ScaleBreakKind.Offset ? "offset" : "method");
    }
}
