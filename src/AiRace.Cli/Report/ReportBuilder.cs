using AiRace.Cli.Report.Model;

namespace AiRace.Cli.Report;

/// <summary>Runs the section builders and assembles the document with its title, as-of date and notes.</summary>
internal static class ReportBuilder
{
    public static ReportDocument Build(ReportContext ctx, IEnumerable<IReportSectionBuilder>? builders = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var lang = ctx.Language;
        var notes = new List<string>();
        if (ctx.Store.Imports().Any(i => i.SourceKind == AiRace.Sources.Starter.StarterDataset.Kind))
        {
            notes.Add(lang.T("report.starter_note"));
        }

        if (ctx.Metrics.Count == 0)
        {
            notes.Add(lang.T("report.no_data"));
        }

        var asOf = ctx.AsOf;
        var subtitle = lang.T("report.subtitle", asOf is null ? lang.T("value.na") : lang.LongDate(asOf.Value));
        var sections = (builders ?? ReportSections.All).SelectMany(b => b.Build(ctx)).ToList();
        return new ReportDocument(lang.Code, lang.T("report.title"), subtitle, asOf, notes, sections);
    }
}
