using AiRace.Application.Charts;
using AiRace.Application.Headline;
using AiRace.Application.Text;
using AiRace.Application.Report.Model;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace AiRace.Application.Report.Charts;

/// <summary>
/// The headline's line charts, drawn from the headline result: each key measure's US and China frontiers on the comparison
/// dates, and the US lead over time in percent of the US frontier (below zero: China leads).
/// </summary>
public static class HeadlineCharts
{
    private static readonly OxyColor[] Palette = [OxyColor.Parse("#0072B2"), OxyColor.Parse("#D55E00"), OxyColor.Parse("#009E73"), OxyColor.Parse("#CC79A7"), OxyColor.Parse("#555555")];

    /// <summary>One measure's two frontiers (an SVG chart only: the terminal shows the table).</summary>
    public static ReportChart Frontiers(HeadlineMeasure m, string name, string unit, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.ChartTitle(name);
        var model = Model(title, unit, text);
        foreach (var (group, pick) in new (string, Func<Application.Gap.GapPointResult, double>)[] { ("US", p => p.A.Score), ("CN", p => p.B.Score) })
        {
            var line = new LineSeries
            {
                Title = text.Group(group),
                Color = ChartColors.For(group == "US" ? ReportContext.UnitedStates : ReportContext.China),
                StrokeThickness = 2,
                MarkerType = m.History.Count <= 60 ? MarkerType.Circle : MarkerType.None,
                MarkerSize = 2,
            };
            line.Points.AddRange(m.History.Select(p => DateTimeAxis.CreateDataPoint(p.Date.ToDateTime(TimeOnly.MinValue), pick(p))));
            model.Series.Add(line);
        }

        return new ReportChart("frontier-" + m.Metric, title, model, title, []);
    }

    /// <summary>The US lead over time on every measure, in % of the US frontier (comparable across units).</summary>
    public static ReportChart GapHistory(IReadOnlyList<HeadlineMeasure> measures, Func<HeadlineMeasure, string> name, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(text);
        var model = Model(text.GapHistoryChart, "%", text);
        model.Axes[1].ExtraGridlines = [0];
        model.Axes[1].ExtraGridlineColor = OxyColor.Parse("#888888");
        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            var line = new LineSeries { Title = name(m), Color = Palette[i % Palette.Length], StrokeThickness = 1.8 };
            line.Points.AddRange(m.History
                .Where(p => p.GapPercent is not null)
                .Select(p => DateTimeAxis.CreateDataPoint(p.Date.ToDateTime(TimeOnly.MinValue), m.HigherIsBetter ? p.GapPercent!.Value : -p.GapPercent!.Value)));
            model.Series.Add(line);
        }

        return new ReportChart("gap-history", text.GapHistoryChart, model, text.GapHistoryChart, [], 420);
    }

    private static PlotModel Model(string title, string unit, TextCatalog text)
    {
        var model = new PlotModel { Title = title, TitleFontSize = 14, Background = OxyColors.White, Culture = text.Culture, DefaultFont = ChartColors.Font };
        model.Axes.Add(new DateTimeAxis
        {
            Position = AxisPosition.Bottom,
            StringFormat = text.MonthPattern,
            IntervalType = DateTimeIntervalType.Months,
            Title = text.ChartDateAxis,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.Parse("#dddddd"),
        });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = unit, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.Parse("#dddddd") });
        model.Legends.Add(new Legend
        {
            LegendPosition = LegendPosition.BottomCenter,
            LegendPlacement = LegendPlacement.Outside,
            LegendOrientation = LegendOrientation.Horizontal,
            LegendItemSpacing = 24,
            LegendPadding = 12,
        });
        return model;
    }
}
