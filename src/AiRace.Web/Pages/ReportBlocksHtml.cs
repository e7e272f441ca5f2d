using AiRace.Application.Charts;
using AiRace.Application.Report.Model;
using AiRace.Web.Html;

namespace AiRace.Web.Pages;

/// <summary>The report's blocks (paragraphs, tables, lists, charts, figures) on a dashboard page.</summary>
internal static class ReportBlocksHtml
{
    public static void Render(IEnumerable<ReportBlock> blocks, HtmlPage html)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ReportParagraph p:
                    html.P(p.Text);
                    break;
                case ReportTable t:
                    html.Table(t.Caption ?? string.Empty, t.Headers, t.Rows.Select(r => (IReadOnlyList<Cell>)[.. r.Select(c => (Cell)c)]));
                    break;
                case ReportList l:
                    html.Element("p", l.Title);
                    html.Links(l.Items.Select(i => (Cell)i));
                    break;
                case ReportFigures f:
                    html.Table(string.Empty, f.Headers, f.Rows.Select(r => (IReadOnlyList<Cell>)[.. r.Select(c => (Cell)c)]));
                    break;
                case ReportChart c:
                    html.Chart(ChartSvg.Export(c.Plot, document: false, "chart-" + c.Id, c.Height), c.Title);
                    break;
            }
        }
    }
}
