using System.Globalization;
using AiRace.Application.Report.Model;
using AiRace.Application.Charts;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace AiRace.Application.Report.Charts;

/// <summary>
/// A horizontal bar chart of signed values around zero (the US lead in percent): positive bars (a US lead) to the right in
/// the US colour, negative bars (a Chinese lead) to the left in China's colour, each labelled with its signed value.
/// </summary>
public static class GapBarChart
{
    /// <summary>The widest category label, in pixels, before the chart gives up room for the bars.</summary>
    public const double MaxLabelWidth = 420;

    public static PlotModel Build(string title, IReadOnlyList<ReportBar> bars, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var model = new PlotModel { Title = title, TitleFontSize = 14, Background = OxyColors.White, Culture = culture, DefaultFont = ChartColors.Font };

        // Leave room for the longest label as the exporter measures it, so that no label is clipped.
        var measurer = new ChartTextMeasurer();
        var widest = bars.Count == 0 ? 0 : bars.Max(b => measurer.MeasureText(b.Label, ChartColors.Font, model.DefaultFontSize).Width);
        // The browser's sans-serif runs wider than the measured Helvetica: a tenth more, and the axis's tick gap.
        model.PlotMargins = new OxyThickness(Math.Min(MaxLabelWidth, (widest * 1.1) + 24), double.NaN, 24, double.NaN);
        // Top to bottom in the order given (the table's), not OxyPlot's bottom-up default.
        var categories = new CategoryAxis { Position = AxisPosition.Left, GapWidth = 0.4, IsZoomEnabled = false, StartPosition = 1, EndPosition = 0 };
        categories.Labels.AddRange(bars.Select(b => b.Label));
        model.Axes.Add(categories);

        // Room beyond the longest bar on either side for its value label.
        var low = Math.Min(0, bars.Count == 0 ? 0 : bars.Min(b => b.Value));
        var high = Math.Max(0, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var pad = Math.Max(1, (high - low) * 0.15);
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = low < 0 ? low - pad : 0,
            Maximum = high + pad,
            Title = "%",
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.Parse("#dddddd"),
            ExtraGridlines = [0],
            ExtraGridlineColor = OxyColor.Parse("#888888"),
        });
        var series = new BarSeries { LabelFormatString = "{0:+0.0;−0.0;0}%", LabelPlacement = LabelPlacement.Outside, TextColor = OxyColor.Parse("#222222"), BaseValue = 0 };
        series.Items.AddRange(bars.Select(b => new BarItem(b.Value) { Color = b.Value < 0 ? ChartColors.For(ReportContext.China) : ChartColors.For(ReportContext.UnitedStates) }));
        model.Series.Add(series);
        return model;
    }

    /// <summary>The chart's height for <paramref name="bars"/> bars, in pixels.</summary>
    public static int Height(int bars) => Math.Max(220, 90 + (26 * bars));
}
