using AiRace.Application.Report.Model;

namespace AiRace.Application.Report;

/// <summary>Runs the section builders and assembles the document, titled by its question, with its as-of date and notes.</summary>
public static class ReportBuilder
{
    public static ReportDocument Build(ReportContext ctx, IEnumerable<IReportSectionBuilder>? builders = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = ctx.Text;
        var notes = new List<string>();
        if (ctx.Store.Imports().Any(i => i.SourceKind == AiRace.Sources.Starter.StarterDataset.Kind))
        {
            notes.Add(text.StarterNote);
        }

        if (ctx.Metrics.Count == 0)
        {
            notes.Add(text.NoData);
        }

        var sections = (builders ?? ReportSections.Headline).SelectMany(b => b.Build(ctx)).ToList();
        return new ReportDocument(text.Code, text.HeadlineQuestion, text.HeadlineLead(ctx.AsOf), ctx.AsOf, notes, sections, text.ContentsTitle);
    }
}
