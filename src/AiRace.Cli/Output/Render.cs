using System.Globalization;
using AiRace.Application.Json;
using CsvHelper;
using Spectre.Console;

namespace AiRace.Cli.Output;

/// <summary>Prints results as a Spectre table, JSON (<see cref="JsonPolicy"/>) or CSV.</summary>
internal static class Render
{
    /// <summary>A Spectre console over <paramref name="writer"/>: colours only on a real terminal, wide when redirected.</summary>
    public static IAnsiConsole Console(TextWriter writer)
    {
        var raw = writer is TerminalSafeWriter safe ? safe.Inner : writer;
        var isTerminal = (ReferenceEquals(raw, System.Console.Out) && !System.Console.IsOutputRedirected) ||
                         (ReferenceEquals(raw, System.Console.Error) && !System.Console.IsErrorRedirected);

        // Only standard error (progress bars, whose text is ours) gets Spectre's escape sequences; standard output, which
        // carries the data, stays filtered, so it prints without colours.
        var ansi = isTerminal && ReferenceEquals(raw, System.Console.Error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ansi ? raw : writer),
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    public static void WriteJson<T>(TextWriter writer, T value) =>
        writer.WriteLine(JsonPolicy.Serialize(value));

    /// <summary>Prints rows in the context's format: JSON serializes the rows themselves; table and CSV use the columns.</summary>
    public static void Rows<T>(CliContext ctx, IReadOnlyList<T> rows, params Column<T>[] columns)
    {
        switch (ctx.Format)
        {
            case OutputFormat.Json:
                WriteJson(ctx.Out, rows);
                break;
            case OutputFormat.Csv:
                using (var csv = new CsvWriter(ctx.Out, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    foreach (var c in columns)
                    {
                        csv.WriteField(c.Header);
                    }

                    csv.NextRecord();
                    foreach (var row in rows)
                    {
                        foreach (var c in columns)
                        {
                            csv.WriteField(SafeText.CsvCell(Text(c.Value(row))));
                        }

                        csv.NextRecord();
                    }
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var c in columns)
                {
                    table.AddColumn(new TableColumn(Markup.Escape(c.Header)));
                }

                foreach (var row in rows)
                {
                    table.AddRow(columns.Select(c => Markup.Escape(SafeText.Terminal(Text(c.Value(row))))).ToArray());
                }

                Console(ctx.Out).Write(table);
                break;
        }
    }

    /// <summary>Invariant text of a cell: ISO dates, round-trip numbers, empty for null.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        double x => x.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
