using AiRace.Cli.Report.Model;
using AiRace.Cli.Report.Writers;

namespace AiRace.Cli.Sections;

/// <summary>One report section as Markdown, by the one renderer (<see cref="MarkdownReportWriter.Render"/>); kept for <c>OddsSection.Render</c>.</summary>
internal static class SectionMarkdown
{
    public static string Render(ReportSection section) => MarkdownReportWriter.Render(section);
}
