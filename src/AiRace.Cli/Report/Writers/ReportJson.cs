using AiRace.Application.Report.Model;

namespace AiRace.Cli.Report.Writers;

/// <summary>The JSON twin of a report (<c>airace report --format json</c>): the same sections and figures as data.</summary>
internal static class ReportJson
{
    public static object Of(ReportDocument doc) => new
    {
        doc.Language,
        doc.Title,
        doc.Subtitle,
        doc.AsOf,
        doc.Notes,
        Sections = doc.Sections.Select(s => new { s.Id, s.Title, Blocks = s.Blocks.Select(Block).ToList() }).ToList(),
    };

    private static object Block(ReportBlock block) => block switch
    {
        ReportParagraph p => new { Type = "paragraph", p.Text },
        ReportTable t => new { Type = "table", t.Caption, t.Headers, t.Rows },
        ReportFigures f => new { Type = "figures", f.Headers, f.Figures },
        ReportList l => new { Type = "list", l.Title, l.Items },
        ReportChart c => new { Type = "chart", c.Id, c.Title, c.Bars },
        _ => new { Type = block.GetType().Name },
    };
}
