using System.Text;
using AiRace.Core.Figures;

namespace AiRace.Sources.Reports;

/// <summary>
/// One localized section of the report: title, key sentences, tables, the definitions of its figures (what the source counts),
/// notes and the sources to credit. <see cref="ToMarkdown"/> renders it; a report builder may render it otherwise.
/// </summary>
public sealed record ReportSectionModel(
    string Id,
    string Language,
    string Title,
    IReadOnlyList<string> Findings,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<string> Definitions,
    IReadOnlyList<string> Notes,
    IReadOnlyList<FigureSource> Sources)
{
    /// <summary>The section as Markdown (a level-2 heading, bullet findings, pipe tables, definitions, sources).</summary>
    public string ToMarkdown()
    {
        var text = ReportText.For(Language);
        var sb = new StringBuilder();
        sb.Append("## ").AppendLine(Title).AppendLine();
        foreach (var f in Findings)
        {
            sb.Append("- ").AppendLine(f);
        }

        foreach (var t in Tables)
        {
            sb.AppendLine().Append('*').Append(t.Caption).AppendLine("*").AppendLine();
            sb.Append("| ").AppendJoin(" | ", t.Headers.Select(Cell)).AppendLine(" |");
            sb.Append('|').AppendJoin('|', t.Headers.Select(_ => "---")).AppendLine("|");
            foreach (var row in t.Rows)
            {
                sb.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
            }
        }

        sb.AppendLine().Append("**").Append(text.Definition).AppendLine("**").AppendLine();
        foreach (var d in Definitions)
        {
            sb.Append("- ").AppendLine(d);
        }

        if (Notes.Count > 0)
        {
            sb.AppendLine().Append("**").Append(text.Notes).AppendLine("**").AppendLine();
            foreach (var n in Notes)
            {
                sb.Append("- ").AppendLine(n);
            }
        }

        sb.AppendLine().Append("**").Append(text.Sources).AppendLine("**").AppendLine();
        foreach (var s in Sources)
        {
            sb.Append("- ").Append(s.Attribution).Append(" (").Append(s.Kind).Append(", ").Append(text.FilesAndDates(s)).AppendLine(")");
        }

        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
