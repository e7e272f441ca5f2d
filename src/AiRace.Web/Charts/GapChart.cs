using AiRace.Application.Charts;
using AiRace.Application.Gap;
using AiRace.Application.Text;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace AiRace.Web.Charts;

/// <summary>The two groups' frontier scores on every comparison date of a gap result, as SVG (the report's OxyPlot exporter), with a text alternative.</summary>
internal static class GapChart
{
    private static readonly OxyColor[] Colors = [OxyColor.Parse("#1f77b4"), OxyColor.Parse("#d62728")];

    public static string Svg(TextCatalog text, GapResult gap)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gap);
        var model = new PlotModel { Background = OxyColors.White, Culture = text.Culture, DefaultFont = "sans-serif" };
        model.Axes.Add(new DateTimeAxis { Position = AxisPosition.Bottom, StringFormat = text.MonthPattern, MajorGridlineStyle = LineStyle.Dot });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = text.Unit(gap.Unit), MajorGridlineStyle = LineStyle.Dot });
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomCenter, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Horizontal });
        var i = 0;
        foreach (var (label, score) in new (string, Func<GapPointResult, double>)[] { (gap.A, p => p.A.Score), (gap.B, p => p.B.Score) })
        {
            var line = new StairStepSeries { Title = text.Group(label), Color = Colors[i++], StrokeThickness = 2, VerticalStrokeThickness = 2 };
            foreach (var p in gap.Points)
            {
                line.Points.Add(new DataPoint(DateTimeAxis.ToDouble(p.Date.ToDateTime(TimeOnly.MinValue)), score(p)));
            }

            model.Series.Add(line);
        }

        return ChartSvg.Export(model, document: false, idPrefix: "gap");
    }

    /// <summary>The chart in words: what it plots and its last point (the table under it holds every point).</summary>
    public static string Description(TextCatalog text, GapResult gap)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gap);
        var w = text;
        var last = gap.Points.Count > 0 ? gap.Points[^1] : null;
        return last is null
            ? $"{text.Group(gap.A)} – {text.Group(gap.B)}, {gap.Metric}: {w.WebNoRows}"
            : $"{text.Group(gap.A)} – {text.Group(gap.B)}, {gap.Metric}, {text.Date(last.Date)}: {text.Number(last.A.Score)} / {text.Number(last.B.Score)} ({w.WebGap} {text.Signed(last.Gap)} {text.Unit(gap.Unit)}). {w.WebChartText}.";
    }
}
