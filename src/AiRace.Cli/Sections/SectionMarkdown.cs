using System.Text;
using AiRace.Cli.Report.Model;

namespace AiRace.Cli.Sections;

/// <summary>Renders one report section's blocks as Markdown (for callers that want a section on its own).</summary>
internal static class SectionMarkdown
{
    public static string Render(ReportSection section)
    {
        var s = new StringBuilder();
        s.AppendLine($"## {section.Title}").AppendLine();
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case ReportParagraph p:
                    s.AppendLine(p.Text).AppendLine();
                    break;
                case ReportList l:
                    s.AppendLine(l.Title);
                    foreach (var item in l.Items)
                    {
                        s.AppendLine($"- {item}");
                    }

                    s.AppendLine();
                    break;
                case ReportTable t:
                    s.AppendLine("| " + string.Join(" | ", t.Headers) + " |");
                    s.AppendLine("|" + string.Join("|", t.Headers.Select(_ => "---")) + "|");
                    foreach (var row in t.Rows)
                    {
                        s.AppendLine("| " + string.Join(" | ", row) + " |");
                    }

                    s.AppendLine();
                    break;
            }
        }

        return s.ToString();
    }
}
