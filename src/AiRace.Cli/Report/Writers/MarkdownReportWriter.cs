using System.Text;
using AiRace.Cli.Output;
using AiRace.Cli.Report.Model;

namespace AiRace.Cli.Report.Writers;

/// <summary>Writes a report as Markdown, with each chart as an SVG file beside it (<c>&lt;name&gt;-&lt;chart&gt;.svg</c>), linked.</summary>
internal static class MarkdownReportWriter
{
    /// <summary>Writes <paramref name="path"/> and the chart files; returns the chart files written.</summary>
    public static IReadOnlyList<string> Write(ReportDocument doc, string path, ReportLanguage lang)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var charts = new List<string>();
        var md = new StringBuilder();
        md.Append("# ").AppendLine(E(doc.Title)).AppendLine();
        md.AppendLine(E(doc.Subtitle)).AppendLine();
        foreach (var note in doc.Notes)
        {
            md.Append("> ").AppendLine(E(note)).AppendLine();
        }

        foreach (var section in doc.Sections)
        {
            md.Append("## ").AppendLine(E(section.Title)).AppendLine();
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph p:
                        md.AppendLine(E(p.Text)).AppendLine();
                        break;
                    case ReportTable t:
                        Table(md, t.Headers, t.Rows);
                        break;
                    case ReportFigures f:
                        Table(
                            md, [lang.T("col.figure"), lang.T("col.value"), lang.T("col.as_of"), lang.T("col.definition")],
                            f.Figures.Select(x => (IReadOnlyList<string>)[x.Label, x.Value, x.AsOf, x.Definition]).ToList());
                        break;
                    case ReportList l:
                        md.Append("**").Append(E(l.Title)).AppendLine("**").AppendLine();
                        foreach (var item in l.Items)
                        {
                            md.Append("- ").AppendLine(E(item));
                        }

                        md.AppendLine();
                        break;
                    case ReportChart c:
                        var file = $"{stem}-{c.Id}.svg";
                        OutputFile.Write(Path.Combine(dir, file), ChartSvg.Export(c.Plot, document: true, c.Id, c.Height));
                        charts.Add(Path.Combine(dir, file));
                        md.Append("![").Append(E(c.Title)).Append("](").Append(Uri.EscapeDataString(file)).AppendLine(")").AppendLine();
                        break;
                }
            }
        }

        OutputFile.Write(path, md.ToString());
        return charts;
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        md.Append("| ").AppendJoin(" | ", headers.Select(Cell)).AppendLine(" |");
        md.Append('|').AppendJoin(string.Empty, headers.Select(_ => "---|")).AppendLine();
        foreach (var row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
        }

        md.AppendLine();
    }

    private static string Cell(string text) => E(text).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>Text from the report (names come from the data) with its HTML made literal.</summary>
    private static string E(string text) => SafeText.Markdown(text);
}
