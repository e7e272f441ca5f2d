using AiRace.Application.Report.Model;
using AiRace.Application.Report.Sections;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// <c>report --all</c>: the full odds section (<see cref="OddsSection"/>) for the headline's odds measure: the model and its
/// Platt recalibration, the pooled and the race's own back-test, the reliability diagram with counts, the definition and
/// the assumptions.
/// </summary>
public sealed class OddsFullSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Headline is { Forecast: { } result, OddsMeasure: { } m })
        {
            var metric = HeadlineNames.Metric(ctx, m);
            var blocks = OddsSection.Blocks(result, HeadlineNames.Name(ctx, m), ctx.Text.Group(result.Leader), ctx.Text.Group(result.Follower), ctx.Text);
            yield return new ReportSection("odds-detail", ctx.Text.OddsTitle, [.. blocks, new ReportParagraph(ctx.Text.OddsMore(ctx.SourceText(metric), metric.Id, result.Leader, result.Follower))]);
        }
    }
}
