using AiRace.Core.Analysis;

namespace AiRace.Cli.Analysis;

/// <summary>The JSON shape of a <see cref="ScaleBreak"/> (<c>scale_breaks</c> in <c>metrics</c>, <c>behind</c> and <c>trend</c>).</summary>
internal sealed record ScaleBreakJson(DateOnly Date, DateOnly PreviousDate, double MedianShift, double ShiftIqr, int CommonModels, double Threshold, string Kind)
{
    public static ScaleBreakJson Of(ScaleBreak b) => new(
        b.Date, b.PreviousDate, Math.Round(b.MedianShift, 3), Math.Round(b.ShiftIqr, 3), b.CommonModels, Math.Round(b.Threshold, 3),
        b.Kind == ScaleBreakKind.Offset ? "offset" : "method");
}
