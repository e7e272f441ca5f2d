namespace AiRace.Cli.Report.Writers;

/// <summary>
/// A terminal bar chart of signed values: one line per bar, its label, then a bar whose length is proportional to the value
/// (rounded to whole cells), drawn to the right of a zero axis when positive and to the left when negative, then the value.
/// Spectre's bar chart draws every value to the right, so a negative value would read as a positive one.
/// </summary>
internal static class TextBarChart
{
    /// <summary>The widest label before it is cut.</summary>
    public const int MaxLabel = 40;

    private const char Block = '█';
    private const char Axis = '│';

    public static IReadOnlyList<string> Lines(IReadOnlyList<Application.Report.Model.ReportBar> bars, int width, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(format);
        if (bars.Count == 0)
        {
            return [];
        }

        var labels = bars.Select(b => b.Label.Length > MaxLabel ? b.Label[..(MaxLabel - 1)] + "…" : b.Label).ToList();
        var labelWidth = labels.Max(l => l.Length);
        var values = bars.Select(b => format(b.Value)).ToList();
        var valueWidth = values.Max(v => v.Length);
        var max = bars.Max(b => Math.Abs(b.Value));
        var anyNegative = bars.Any(b => b.Value < 0);
        var anyPositive = bars.Any(b => b.Value > 0);

        // Cells for the bars: what is left after the label, the axis, the value and the spaces between them.
        var cells = Math.Max(4, width - labelWidth - valueWidth - 4);
        var (left, right) = anyNegative && anyPositive ? (cells / 2, cells - (cells / 2)) : anyNegative ? (cells, 0) : (0, cells);
        var lines = new List<string>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var v = bars[i].Value;
            var length = max == 0 ? 0 : (int)Math.Round(Math.Abs(v) / max * (v < 0 ? left : right), MidpointRounding.AwayFromZero);
            var neg = v < 0 ? new string(Block, length) : string.Empty;
            var pos = v > 0 ? new string(Block, length) : string.Empty;
            lines.Add($"{labels[i].PadRight(labelWidth)} {neg.PadLeft(left)}{Axis}{pos.PadRight(right)} {values[i]}".TrimEnd());
        }

        return lines;
    }
}
