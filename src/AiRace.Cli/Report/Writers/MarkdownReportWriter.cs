using AiRace.Application.Charts;
using System.Text;
using AiRace.Cli.Output;
using AiRace.Application.Report.Model;

namespace AiRace.Cli.Report.Writers;

/// <summary>
/// The one Markdown renderer: a whole report (each chart as an SVG file beside it, <c>&lt;name&gt;-&lt;chart&gt;.svg</c>, linked)
/// or one section on its own (<see cref="Render"/>, charts left out).
/// </summary>
internal static class MarkdownReportWriter
{
    /// <summary>Writes <paramref name="path"/> and the chart files; returns the chart files written.</summary>
    public static IReadOnlyList<string> Write(ReportDocument doc, string path)
    {
        ArgumentNullException.ThrowIfNull(doc);
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
            Section(md, section, c =>
            {
                var file = $"{stem}-{c.Id}.svg";
                OutputFile.Write(Path.Combine(dir, file), ChartSvg.Export(c.Plot, document: true, c.Id, c.Height));
                charts.Add(Path.Combine(dir, file));
                return file;
            });
        }

        OutputFile.Write(path, md.ToString());
        return charts;
    }

    /// <summary>One section as Markdown (a level-2 heading and its blocks), without its charts.</summary>
    public static string Render(ReportSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var md = new StringBuilder();
        Section(md, section, _ => null);
        return md.ToString();
    }

    /// <param name="md">Where to write.</param>
    /// <param name="section">The section.</param>
    /// <param name="chartFile">Writes a chart and returns the file to link, or null to leave the chart out.</param>
    private static void Section(StringBuilder md, ReportSection section, Func<ReportChart, string?> chartFile)
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
                    if (t.Caption is { } caption)
                    {
                        md.Append('*').Append(E(caption)).AppendLine("*").AppendLine();
                    }

                    Table(md, t.Headers, t.Rows);
                    break;
                case ReportFigures f:
                    Table(md, f.Headers, f.Rows);
                    break;
                case ReportList l:
                    md.Append("**").Append(E(l.Title)).AppendLine("**").AppendLine();
                    foreach (var item in l.Items)
                    {
                        md.Append("- ").AppendLine(E(item));
                    }

                    md.AppendLine();
                    break;
                case ReportChart c when chartFile(c) is { } file:
                    md.Append("![").Append(E(c.Title)).Append("](").Append(Uri.EscapeDataString(file)).AppendLine(")").AppendLine();
                    break;
            }
        }
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
