using AiRace.Application.Charts;
using AiRace.Application.Report.Model;
using AiRace.Core.Analysis;
using AiRace.Core.Domain;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace AiRace.Application.Report.Charts;

/// <summary>
/// The per-metric chart: the US and China frontiers (solid) and the closed and open frontiers (dashed) over time.
/// Snapshot metrics are lines through the snapshot dates; release-dated metrics are step functions held to the last date.
/// </summary>
public static class FrontierChart
{
    public static ReportChart Build(ReportContext ctx, Metric metric, DateOnly? lastDate, params MetricComparison[] comparisons)
    {
        var text = ctx.Text;
        var title = text.ChartTitle(ctx.MetricName(metric));
        var model = new PlotModel
        {
            Title = title,
            TitleFontSize = 14,
            Background = OxyColors.White,
            Culture = text.Culture,
            DefaultFont = ChartColors.Font,
        };
        model.Axes.Add(new DateTimeAxis
        {
            Position = AxisPosition.Bottom,
            StringFormat = text.MonthPattern,
            IntervalType = DateTimeIntervalType.Months,
            MinorIntervalType = DateTimeIntervalType.Months,
            MajorStep = MajorStepDays(comparisons, lastDate),
            Title = text.ChartDateAxis,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.Parse("#dddddd"),
        });
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Title = ctx.Unit(metric),
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.Parse("#dddddd"),
        });
        model.Legends.Add(new Legend
        {
            LegendPosition = LegendPosition.BottomCenter,
            LegendPlacement = LegendPlacement.Outside,
            LegendOrientation = LegendOrientation.Horizontal,
            LegendItemSpacing = 24,
            LegendPadding = 12,
            LegendItemOrder = LegendItemOrder.Reverse,
        });

        // Drawn back to front (the dashed open/closed lines under the US/China lines); the legend lists them front to back.
        for (var i = comparisons.Length - 1; i >= 0; i--)
        {
            foreach (var series in new[] { comparisons[i].Gap.B, comparisons[i].Gap.A })
            {
                if (series.Points.Count > 0)
                {
                    model.Series.Add(Line(text.Group(series.Group), series, lastDate, dashed: i > 0));
                }
            }
        }

        var bars = new List<ReportBar>();
        foreach (var series in comparisons.SelectMany(c => new[] { c.Gap.A, c.Gap.B }).Where(s => s.Points.Count > 0))
        {
            var last = lastDate is { } d && series.At(d) is { } atLast ? atLast : series.Points[^1];
            bars.Add(new ReportBar(text.ChartBar(text.Group(series.Group), lastDate ?? last.Date), Math.Round(last.Score, 2)));
        }

        return new ReportChart(metric.Id, title, model, title, bars);
    }

    /// <summary>A major tick every 3, 6 or 12 months so that the date axis shows about four to eight labels.</summary>
    private static double MajorStepDays(MetricComparison[] comparisons, DateOnly? lastDate)
    {
        var dates = comparisons.SelectMany(c => c.Gap.A.Points.Concat(c.Gap.B.Points)).Select(p => p.Date).ToList();
        if (dates.Count == 0)
        {
            return 365.25 / 4;
        }

        var months = ((lastDate ?? dates.Max()).DayNumber - dates.Min().DayNumber) / (365.25 / 12);
        var step = months <= 24 ? 3 : months <= 48 ? 6 : 12;
        return step * 365.25 / 12;
    }

    private static DataPointSeries Line(string title, FrontierSeries series, DateOnly? lastDate, bool dashed)
    {
        DataPointSeries line = series.Metric.Kind == MetricKind.Snapshot
            ? new LineSeries { MarkerType = MarkerType.Circle, MarkerSize = 2, MarkerFill = ChartColors.For(series.Group), Color = ChartColors.For(series.Group), LineStyle = dashed ? LineStyle.Dash : LineStyle.Solid, StrokeThickness = dashed ? 1.2 : 2 }
            : new StairStepSeries { Color = ChartColors.For(series.Group), LineStyle = dashed ? LineStyle.Dash : LineStyle.Solid, StrokeThickness = dashed ? 1.2 : 2, VerticalStrokeThickness = dashed ? 1.2 : 2 };
        line.Title = title;
        foreach (var p in series.Points)
        {
            line.Points.Add(DateTimeAxis.CreateDataPoint(p.Date.ToDateTime(TimeOnly.MinValue), p.Score));
        }

        if (series.Metric.Kind == MetricKind.ReleaseDated && lastDate is { } end && series.Points[^1].Date < end)
        {
            line.Points.Add(DateTimeAxis.CreateDataPoint(end.ToDateTime(TimeOnly.MinValue), series.Points[^1].Score));
        }

        return line;
    }
}
