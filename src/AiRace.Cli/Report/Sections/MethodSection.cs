using AiRace.Cli.Report.Model;

namespace AiRace.Cli.Report.Sections;

/// <summary>The closing section: how every figure is defined, and every data source the report used.</summary>
internal sealed class MethodSection : IReportSectionBuilder
{
    public IEnumerable<ReportSection> Build(ReportContext ctx)
    {
        var lang = ctx.Language;
        var definitions = new[]
        {
            lang.T("def.frontier.snapshot"), lang.T("def.frontier.release-dated"), lang.T("def.gap"), lang.T("def.behind"),
            lang.T("def.lead_change"), lang.T("def.earlier"), lang.T("def.groups"),
        };
        var breaks = ctx.Metrics
            .SelectMany(m => ctx.Frontiers.ScaleBreaks(m).Select(b => $"{m.Id} {ctx.Language.Date(b.Date)} ({(b.Kind == AiRace.Core.Analysis.ScaleBreakKind.Offset ? "offset" : "method")}, {ctx.Language.Number(b.MedianShift)} {m.Unit})"))
            .ToList();
        definitions = [.. definitions, breaks.Count == 0 ? lang.T("def.scale_breaks.none") : lang.T("def.scale_breaks", string.Join("; ", breaks))];
        var sources = ctx.Metrics.SelectMany(ctx.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(lang.T("about.text")),
            new ReportList(lang.T("def.title"), definitions),
        };
        if (sources.Count > 0)
        {
            blocks.Add(new ReportList(lang.T("about.sources"), sources));
        }

        yield return new ReportSection("method", lang.T("about.title"), blocks);
    }
}
