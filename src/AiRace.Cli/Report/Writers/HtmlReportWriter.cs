using AiRace.Application.Charts;
using AiRace.Cli.Output;
using System.Net;
using System.Text;
using AiRace.Application.Report.Model;

namespace AiRace.Cli.Report.Writers;

/// <summary>Writes a report as one self-contained HTML page with every chart embedded as inline SVG.</summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
        table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        td{white-space:nowrap}td.text{white-space:normal}
        th{background:#f5f5f5}.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5rem .8rem}
        figure{margin:1rem 0}figure svg{max-width:100%;height:auto}.subtitle{color:#555}
        .toc ul{columns:2;list-style:none;padding-left:0}.toc h2{border:none}
        """;

    /// <summary>Writes <paramref name="path"/>; returns the number of charts embedded.</summary>
    public static int Write(ReportDocument doc, string path)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(doc.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(doc.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(doc.Title)).Append("</h1>\n<p class=\"subtitle\">").Append(E(doc.Subtitle)).Append("</p>\n");
        foreach (var note in doc.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }

        Contents(html, doc);

        var charts = 0;
        foreach (var section in doc.Sections)
        {
            html.Append("<section id=\"").Append(E(section.Id)).Append("\">\n<h2>").Append(E(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph p:
                        html.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                        break;
                    case ReportTable t:
                        Table(html, t.Headers, t.Rows, t.Caption);
                        break;
                    case ReportFigures f:
                        Table(html, f.Headers, f.Rows, null);
                        break;
                    case ReportList l:
                        html.Append("<p><strong>").Append(E(l.Title)).Append("</strong></p>\n<ul>\n");
                        foreach (var item in l.Items)
                        {
                            html.Append("<li>").Append(E(item)).Append("</li>\n");
                        }

                        html.Append("</ul>\n");
                        break;
                    case ReportChart c:
                        html.Append("<figure id=\"chart-").Append(E(c.Id)).Append("\" aria-label=\"").Append(E(c.Title)).Append("\">\n")
                            .Append(ChartSvg.Export(c.Plot, document: false, "chart-" + c.Id, c.Height)).Append("\n</figure>\n");
                        charts++;
                        break;
                }
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        OutputFile.Write(path, html.ToString());
        return charts;
    }

    /// <summary>The table of contents: one link per section, to its id.</summary>
    private static void Contents(StringBuilder html, ReportDocument doc)
    {
        if (doc.Sections.Count == 0)
        {
            return;
        }

        html.Append("<nav id=\"contents\" class=\"toc\">\n<h2>").Append(E(doc.ContentsTitle)).Append("</h2>\n<ul>\n");
        foreach (var section in doc.Sections)
        {
            html.Append("<li><a href=\"#").Append(E(section.Id)).Append("\">").Append(E(section.Title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void Table(StringBuilder html, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, string? caption)
    {
        html.Append("<table>\n");
        if (caption is not null)
        {
            html.Append("<caption>").Append(E(caption)).Append("</caption>\n");
        }

        html.Append("<thead><tr>");
        foreach (var h in headers)
        {
            html.Append("<th>").Append(E(h)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                // Short cells (numbers, dates) never wrap; long text does.
                html.Append(cell.Length > 24 ? "<td class=\"text\">" : "<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
