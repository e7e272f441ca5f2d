using AiRace.Cli.Report.Charts;
using AiRace.Cli.Report.Model;
using AiRace.Core.Domain;

namespace AiRace.Cli.Report.Sections;

/// <summary>
/// One section per metric with data: the latest US–China gap (points, percent, months behind), the gap 12 months earlier
/// against now, lead changes, the closed–open gap, the models left out, a chart of both frontiers, and the source.
/// </summary>
internal sealed class MetricGapSections : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        foreach (var metric in ctx.Metrics)
        {
            yield return Section(ctx, metric);
        }
    }

    private static ReportSection Section(ReportContext ctx, Metric metric)
    {
        var lang = ctx.Language;
        var summary = ctx.Summary(metric);
        var countries = ctx.Compare(metric, ReportContext.UnitedStates, ReportContext.China);
        var openness = ctx.Compare(metric, ReportContext.Closed, ReportContext.Open);
        var source = ctx.SourceText(metric);

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(lang.T(
                "metric.meta", lang.T("kind." + MetricKindNames.ToName(metric.Kind)), metric.Unit, lang.Number(summary.Models, 0),
                Date(lang, summary.FirstDate), Date(lang, summary.LastDate))),
        };
        foreach (var text in new[]
                 {
                     ComparisonText.Gap(ctx, countries), ComparisonText.Behind(ctx, countries), ComparisonText.Earlier(ctx, countries),
                     ComparisonText.LeadChanges(ctx, countries), ComparisonText.Gap(ctx, openness), ComparisonText.Behind(ctx, openness),
                     lang.T("unplaced.text", lang.Number(countries.Gap.A.UnplacedModels, 0), lang.Number(openness.Gap.A.UnplacedModels, 0)),
                 })
        {
            if (text is not null)
            {
                blocks.Add(new ReportParagraph(text));
            }
        }

        var figures = new List<ReportFigure>();
        figures.AddRange(ComparisonFigures(ctx, countries, source));
        figures.AddRange(ComparisonFigures(ctx, openness, source));
        figures.Add(new ReportFigure(
            lang.T("fig.unplaced"),
            $"{lang.Number(countries.Gap.A.UnplacedModels, 0)} / {lang.Number(openness.Gap.A.UnplacedModels, 0)}",
            Date(lang, summary.LastDate), lang.T("figdef.unplaced"), source));
        blocks.Add(new ReportFigures(figures));
        blocks.Add(FrontierChart.Build(ctx, metric, summary.LastDate, countries, openness));
        blocks.Add(new ReportParagraph(lang.T("source.label", source)));
        return new ReportSection(metric.Id, $"{ctx.MetricName(metric)} ({metric.Id})", blocks);
    }

    private static IEnumerable<ReportFigure> ComparisonFigures(ReportContext ctx, MetricComparison c, string source)
    {
        var lang = ctx.Language;
        var (ga, gb) = (lang.Group(c.A), lang.Group(c.B));
        var na = lang.T("value.na");
        var now = c.Gap.Latest;
        var asOf = now is null ? na : lang.Date(now.Date);
        yield return new ReportFigure(
            lang.T("fig.gap", ga, gb), now is null ? na : ComparisonText.Amount(ctx, c.Metric, now.Gap, now.A.Score, signed: true) + " " + ComparisonText.GapUnit(ctx, c.Metric), asOf,
            lang.T("figdef.gap", ga, gb, ComparisonText.GapUnit(ctx, c.Metric)), source);
        yield return new ReportFigure(
            lang.T("fig.gap_percent", ga, gb), now is null ? na : lang.Percent(now.GapPercent), asOf, lang.T("figdef.gap_percent", ga), source);
        var behindDate = c.Behind.Points.Count == 0 ? na : lang.Date(c.Behind.Points[^1].Date);
        yield return new ReportFigure(
            lang.T("fig.behind", ga, gb), ComparisonText.Months(ctx, c), behindDate, lang.T("figdef.behind", ga, gb), source);
        if (now is null)
        {
            yield break;
        }

        var then = ComparisonText.EarlierPoint(c);
        yield return new ReportFigure(
            lang.T("fig.gap_earlier", ga, gb),
            then is null ? na : $"{ComparisonText.Amount(ctx, c.Metric, then.Gap, then.A.Score, signed: true)} {ComparisonText.GapUnit(ctx, c.Metric)} ({lang.Percent(then.GapPercent)})",
            then is null ? na : lang.Date(then.Date), lang.T("figdef.gap_earlier"), source);
        yield return new ReportFigure(
            lang.T("fig.lead_changes", ga, gb), lang.Number(c.Gap.LeadChanges.Count, 0), asOf, lang.T("figdef.lead_changes"), source);
    }

    private static string Date(ReportLanguage lang, DateOnly? date) => date is null ? lang.T("value.na") : lang.Date(date.Value);
}
