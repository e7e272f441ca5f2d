using AiRace.Application.Report.Model;
using AiRace.Core.Figures;

namespace AiRace.Application.Report.Sections;

/// <summary>The layout the adoption and usage sections share: findings, captioned tables, definitions, notes and sources.</summary>
public static class ShareSection
{
    public static ReportSection Build(
        ReportContext ctx, string id, string title, IReadOnlyList<string> findings, IReadOnlyList<ReportTable> tables,
        IReadOnlyList<string> definitions, IReadOnlyList<string> notes, IReadOnlyList<FigureSource> sources)
    {
        var text = ctx.Text;
        var blocks = new List<ReportBlock>();
        blocks.AddRange(findings.Select(f => new ReportParagraph(f)));
        blocks.AddRange(tables);
        if (definitions.Count > 0)
        {
            blocks.Add(new ReportList(text.DefinitionsTitle, definitions));
        }

        if (notes.Count > 0)
        {
            blocks.Add(new ReportList(text.NotesTitle, notes));
        }

        if (sources.Count > 0)
        {
            blocks.Add(new ReportList(text.SourcesTitle, [.. sources.Select(text.FigureSource)]));
        }

        return new ReportSection(id, title, blocks);
    }
}
