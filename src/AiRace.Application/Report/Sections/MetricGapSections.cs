using AiRace.Application.Report.Charts;
using AiRace.Application.Report.Model;
using AiRace.Core.Domain;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// One section per metric with data: the latest US–China gap (points, percent, months behind), the gap 12 months earlier
/// against now, lead changes, the closed–open gap, the models left out, a chart of both frontiers, and the source.
/// </summary>
public sealed class MetricGapSections : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        foreach (var metric in ctx.Metrics)
        {
            yield return Section(ctx, metric);
        }
    }

    /// <summary>One metric's section (<c>airace report --metric M</c>).</summary>
    public static ReportSection Section(ReportContext ctx, Metric metric)
    {
        var text = ctx.Text;
        var summary = ctx.Summary(metric);
        var countries = ctx.Compare(metric, ReportContext.UnitedStates, ReportContext.China);
        var openness = ctx.Compare(metric, ReportContext.Closed, ReportContext.Open);
        var source = ctx.SourceText(metric);
        var (noCountry, unknownOpenness) = (text.Count(countries.Gap.A.UnplacedModels), text.Count(openness.Gap.A.UnplacedModels));

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(text.MetricMeta(text.MetricKind(metric.Kind), ctx.Unit(metric), text.Count(summary.Models), summary.FirstDate, summary.LastDate)),
        };
        foreach (var sentence in new[]
                 {
                     ComparisonText.Gap(ctx, countries), ComparisonText.Behind(ctx, countries), ComparisonText.Earlier(ctx, countries),
                     ComparisonText.LeadChanges(ctx, countries), ComparisonText.Gap(ctx, openness), ComparisonText.Behind(ctx, openness),
                     text.Unplaced(noCountry, unknownOpenness),
                 })
        {
            if (sentence is not null)
            {
                blocks.Add(new ReportParagraph(sentence));
            }
        }

        var figures = new List<ReportFigure>();
        figures.AddRange(ComparisonFigures(ctx, countries, source));
        figures.AddRange(ComparisonFigures(ctx, openness, source));
        figures.Add(new ReportFigure(text.FigureUnplaced, $"{noCountry} / {unknownOpenness}", text.Date(summary.LastDate), text.FigureUnplacedDefinition, source));
        blocks.Add(new ReportFigures(text.FigureColumns, figures));
        blocks.Add(FrontierChart.Build(ctx, metric, summary.LastDate, countries, openness));
        blocks.Add(new ReportParagraph(text.SourceLabel(source)));
        return new ReportSection(metric.Id, $"{ctx.MetricName(metric)} ({metric.Id})", blocks);
    }

    private static IEnumerable<ReportFigure> ComparisonFigures(ReportContext ctx, MetricComparison c, string source)
    {
        var text = ctx.Text;
        var (ga, gb) = (text.Group(c.A), text.Group(c.B));
        var na = text.NotAvailable;
        var now = c.Gap.Latest;
        var asOf = now is null ? na : text.Date(now.Date);
        var unit = ComparisonText.GapUnit(ctx, c.Metric);
        yield return new ReportFigure(
            text.FigureGap(ga, gb), now is null ? na : ComparisonText.GapAmount(ctx, c.Metric, now), asOf, text.FigureGapDefinition(ga, gb, unit), source);
        yield return new ReportFigure(
            text.FigureGapPercent(ga, gb), now is null ? na : text.Percent(now.GapPercent), asOf, text.FigureGapPercentDefinition(ga), source);
        var behindDate = c.Behind.Points.Count == 0 ? na : text.Date(c.Behind.Points[^1].Date);
        yield return new ReportFigure(
            text.FigureBehind(ga, gb), ComparisonText.Months(ctx, c), behindDate, text.FigureBehindDefinition(ga, gb), source);
        if (now is null)
        {
            yield break;
        }

        var then = ComparisonText.EarlierPoint(c);
        yield return new ReportFigure(
            text.FigureGapEarlier(ga, gb),
            then is null ? na : $"{ComparisonText.GapAmount(ctx, c.Metric, then)} ({text.Percent(then.GapPercent)})",
            then is null ? na : text.Date(then.Date), text.FigureGapEarlierDefinition, source);
        yield return new ReportFigure(
            text.FigureLeadChanges(ga, gb), text.Count(c.Gap.LeadChanges.Count), asOf, text.FigureLeadChangesDefinition, source);
    }
}
