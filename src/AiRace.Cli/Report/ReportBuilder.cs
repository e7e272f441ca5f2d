using AiRace.Cli.Report.Model;

namespace AiRace.Cli.Report;

/// <summary>Runs the section builders and assembles the document with its title, as-of date and notes.</summary>
internal static class ReportBuilder
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

        var sections = (builders ?? ReportSections.All).SelectMany(b => b.Build(ctx)).ToList();
        return new ReportDocument(text.Code, text.ReportTitle, text.ReportSubtitle(ctx.AsOf), ctx.AsOf, notes, sections);
    }
}
