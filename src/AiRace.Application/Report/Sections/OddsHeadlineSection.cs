using AiRace.Application.Report.Model;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// Answer 3, the odds, with their back-test in one line, on the first key measure with enough history
/// (the headline query's odds, <see cref="Application.Odds.OvertakeOdds"/>). When no model beat the base rate, the sentence saying so comes before any number
/// and the probabilities are the base rate's; a probability from a model that lost its back-test is never shown.
/// The reliability diagram, the race's own back-test, the definition and the assumptions are in <c>airace forecast</c>
/// and in <c>report --all</c>.
/// </summary>
public sealed class OddsHeadlineSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var blocks = new List<ReportBlock>();
        if (ctx.Headline is { Forecast: { } result, OddsMeasure: { } m })
        {
            var r = result.Forecast;
            var name = HeadlineNames.Name(ctx, m);
            if (r.Model is null)
            {
                blocks.Add(new ReportParagraph(text.OddsVerdict(r)));
            }

            blocks.Add(new ReportParagraph(text.OddsHeadlineIntro(text.Group(result.Follower), text.Group(result.Leader), name, r.From, r.ModelName)));
            blocks.Add(new ReportTable(
                text.OddsColumns,
                [.. r.Horizons.Select(h => (IReadOnlyList<string>)[
                    text.Years(h.Years), text.Probability(h.PAnyTime), text.Range(text.Probability(h.AnyTimeCi90.Low), text.Probability(h.AnyTimeCi90.High)),
                    h.BaseRate is { } b ? text.Probability(b) : "-"])]));
            blocks.Add(new ReportParagraph(text.OddsBacktestLine(r)));
        }

        if (blocks.Count == 0)
        {
            blocks.Add(new ReportParagraph(text.OddsNone));
        }

        yield return new ReportSection("odds", text.OddsHeadlineTitle, blocks);
    }
}
