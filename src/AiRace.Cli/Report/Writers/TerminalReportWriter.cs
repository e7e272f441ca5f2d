using AiRace.Application.Text;
using AiRace.Application.Report.Model;
using Spectre.Console;

namespace AiRace.Cli.Report.Writers;

/// <summary>Prints a report on the terminal: rules for sections, Spectre tables for figures, bar charts for charts.</summary>
internal static class TerminalReportWriter
{
    public static void Write(ReportDocument doc, IAnsiConsole console, TextCatalog text)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(doc.Title)}[/]").LeftJustified());
        console.WriteLine(doc.Subtitle);
        foreach (var note in doc.Notes)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(note)}[/]");
        }

        foreach (var section in doc.Sections)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]{Markup.Escape(section.Title)}[/]").LeftJustified());
            foreach (var block in section.Blocks)
            {
                WriteBlock(console, block, text);
            }
        }
    }

    private static void WriteBlock(IAnsiConsole console, ReportBlock block, TextCatalog text)
    {
        switch (block)
        {
            case ReportParagraph p:
                console.WriteLine(p.Text);
                break;
            case ReportTable t:
                if (t.Caption is { } caption)
                {
                    console.MarkupLine($"[italic]{Markup.Escape(caption)}[/]");
                }

                console.Write(Table(t.Headers, t.Rows));
                break;
            case ReportFigures f:
                console.Write(Table(f.Headers, f.Rows));
                break;
            case ReportList l:
                console.MarkupLine($"[bold]{Markup.Escape(l.Title)}[/]");
                foreach (var item in l.Items)
                {
                    console.WriteLine("  • " + item);
                }

                break;
            case ReportChart c when c.Bars.Count > 0:
                console.MarkupLine($"[bold]{Markup.Escape(c.BarsTitle)}[/]");
                var signed = c.Bars.Any(b => b.Value < 0);
                string Format(double v) => Math.Abs(v) >= 1e6 ? text.Scientific(v, signed) : signed ? text.Signed(v, 1) : text.Number(v, 1);
                foreach (var line in TextBarChart.Lines(c.Bars, Math.Min(120, console.Profile.Width), Format))
                {
                    console.WriteLine(line);
                }

                break;
        }
    }

    private static Table Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(h)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }
}
