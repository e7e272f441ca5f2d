using AiRace.Cli.Report.Model;
using AiRace.Cli.Sections;

namespace AiRace.Cli.Report.Sections;

/// <summary>
/// Answer 3, the odds, with their back-test in one line. The one place the headline takes the odds from: today it runs the
/// existing forecast (<see cref="TrendAndOddsSections.Odds"/>, rendered by <see cref="OddsSection"/>) on the first key
/// measure with enough history and keeps its probability table and back-test line. A model that did not beat both of its
/// back-test baselines shows no probability, only the back-test. Replace this builder when the odds engine changes.
/// </summary>
internal sealed class OddsHeadlineSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var blocks = new List<ReportBlock>();
        foreach (var m in ctx.Headline.Measures.Where(m => m.Trend is not null))
        {
            if (TrendAndOddsSections.Odds(ctx, HeadlineNames.Metric(ctx, m)) is not { } odds)
            {
                continue;
            }

            var (forecast, section) = odds;
            var b = forecast.Backtest;
            var backtest = section.Blocks.OfType<ReportParagraph>().ElementAt(2); // the probability sentence, the model, the back-test
            if (b.BeatsBaseRate && b.BeatsNever)
            {
                blocks.Add(section.Blocks.OfType<ReportParagraph>().First());
                blocks.AddRange(section.Blocks.OfType<ReportTable>());
                blocks.Add(backtest);
            }
            else
            {
                blocks.Add(new ReportParagraph(text.OddsWithheld(HeadlineNames.Name(ctx, m))));
                blocks.Add(backtest);
            }

            break;
        }

        if (blocks.Count == 0)
        {
            blocks.Add(new ReportParagraph(text.OddsNone));
        }

        yield return new ReportSection("odds", text.OddsHeadlineTitle, blocks);
    }
}
