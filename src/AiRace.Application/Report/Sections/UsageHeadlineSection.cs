using AiRace.Application.Report.Model;
using AiRace.Core.Figures;

namespace AiRace.Application.Report.Sections;

/// <summary>
/// Answer 5, usage on OpenRouter: the Chinese and US token shares in the latest and first weeks, the week China's share
/// first passed the US share, open against closed, with the denominator in words, as-of date and source.
/// </summary>
public sealed class UsageHeadlineSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var blocks = new List<ReportBlock>();
        if (ctx.Headline.Usage is not { } u)
        {
            blocks.Add(new ReportParagraph(text.NoUsage));
        }
        else
        {
            blocks.Add(new ReportParagraph(text.UsageLatest(u.Latest.Date, u.Latest.Share("CN"), u.Latest.Share("US"), u.ListedModels)));
            blocks.Add(new ReportParagraph(text.UsageFirst(u.First.Date, u.First.Share("CN"), u.First.Share("US"))));
            if (u.ChinaPassedUs is { } crossing)
            {
                blocks.Add(new ReportParagraph(text.UsageCrossing(crossing)));
            }

            blocks.Add(new ReportParagraph(text.UsageOpenness(u.Openness.Date, u.Openness.Share("open"), u.Openness.Share("closed"), u.Openness.Share(GroupNames.Unknown))));
            blocks.Add(new ReportParagraph(text.DenominatorLabel(text.TokensDenominator(u.ListedModels))));
            blocks.Add(new ReportParagraph(text.AsOfAndSource(u.Latest.Date, AdoptionHeadlineSection.Sources(ctx, u.Latest.Sources))));
        }

        yield return new ReportSection("usage", text.UsageHeadlineTitle, blocks);
    }
}
