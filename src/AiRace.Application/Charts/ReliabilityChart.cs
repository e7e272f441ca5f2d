using System.Globalization;
using AiRace.Core.Odds;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace AiRace.Application.Charts;

/// <summary>A reliability diagram: each bin's mean predicted probability against the share observed, labelled with its count, beside the diagonal of perfect calibration.</summary>
public static class ReliabilityChart
{
    public static PlotModel Build(string title, string predicted, string observed, IReadOnlyList<ReliabilityBin> bins, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var model = new PlotModel { Title = title, TitleFontSize = 14, Background = OxyColors.White, Culture = culture, DefaultFont = ChartColors.Font };
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Minimum = 0, Maximum = 1, Title = predicted, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.Parse("#dddddd") });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Minimum = 0, Maximum = 1, Title = observed, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.Parse("#dddddd") });
        var diagonal = new LineSeries { Color = OxyColor.Parse("#999999"), LineStyle = LineStyle.Dash };
        diagonal.Points.Add(new DataPoint(0, 0));
        diagonal.Points.Add(new DataPoint(1, 1));
        model.Series.Add(diagonal);
        var points = new LineSeries { Color = ChartColors.Bars, MarkerType = MarkerType.Circle, MarkerSize = 4, MarkerFill = ChartColors.Bars };
        foreach (var b in bins)
        {
            if (b is { N: > 0, MeanPredicted: { } x, Observed: { } y })
            {
                points.Points.Add(new DataPoint(x, y));
                model.Annotations.Add(new TextAnnotation
                {
                    TextPosition = new DataPoint(x, y),
                    Text = "n=" + b.N.ToString(culture),
                    TextVerticalAlignment = VerticalAlignment.Bottom,
                    Offset = new ScreenVector(0, -6),
                    Stroke = OxyColors.Transparent,
                    FontSize = 10,
                });
            }
        }

        model.Series.Add(points);
        return model;
    }
}
