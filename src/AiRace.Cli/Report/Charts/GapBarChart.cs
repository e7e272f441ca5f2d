using System.Globalization;
using AiRace.Cli.Report.Model;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace AiRace.Cli.Report.Charts;

/// <summary>A horizontal bar chart of labelled values (the headline's gap sizes).</summary>
internal static class GapBarChart
{
    public static PlotModel Build(string title, IReadOnlyList<ReportBar> bars, CultureInfo culture)
    {
        var model = new PlotModel { Title = title, TitleFontSize = 14, Background = OxyColors.White, Culture = culture, DefaultFont = ChartColors.Font };
        // OxyPlot's SVG exporter measures text with Helvetica metrics and no shaping, so leave room for long (accented) labels.
        model.PlotMargins = new OxyThickness(Math.Min(320, 20 + (7.5 * bars.Max(b => b.Label.Length))), double.NaN, double.NaN, double.NaN);
        var categories = new CategoryAxis { Position = AxisPosition.Left, GapWidth = 0.4 };
        categories.Labels.AddRange(bars.Select(b => b.Label));
        model.Axes.Add(categories);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Minimum = 0, Title = "%", MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.Parse("#dddddd") });
        var series = new BarSeries { FillColor = ChartColors.Bars, LabelFormatString = "{0:0.0}%", LabelPlacement = LabelPlacement.Inside, TextColor = OxyColors.White };
        series.Items.AddRange(bars.Select(b => new BarItem(b.Value)));
        model.Series.Add(series);
        return model;
    }
}
