using AiRace.Application.Report.Model;

namespace AiRace.Application.Report.Sections;

/// <summary>The closing section: how every figure is defined, and every data source the report used.</summary>
public sealed class MethodSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        var text = ctx.Text;
        var breaks = ctx.Metrics
            .SelectMany(m => ctx.Frontiers.ScaleBreaks(m).Select(b => text.ScaleBreak(m.Id, b.Date, text.ScaleBreakKind(b.Kind), text.Number(b.MedianShift), ctx.Unit(m))))
            .ToList();
        string[] definitions =
        [
            text.FrontierSnapshotDefinition, text.FrontierReleaseDatedDefinition, text.GapDefinition, text.BehindDefinition,
            text.LeadChangeDefinition, text.EarlierDefinition, text.GroupsDefinition,
            breaks.Count == 0 ? text.ScaleBreaksNone : text.ScaleBreaks(breaks),
        ];
        var sources = ctx.Metrics.SelectMany(ctx.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(text.MethodText),
            new ReportList(text.DefinitionsTitle, definitions),
        };
        if (sources.Count > 0)
        {
            blocks.Add(new ReportList(text.MethodSources, sources));
        }

        yield return new ReportSection("method", text.MethodTitle, blocks);
    }
}
