using Spectre.Console;

namespace AiRace.Cli.Commands.Odds;

/// <summary>Adds table rows of plain text (every cell escaped, so brackets such as "[0.1, 0.2]" print as they are).</summary>
internal static class TableRows
{
    public static Table AddText(this Table table, params string[] cells) =>
        table.AddRow(cells.Select(Markup.Escape).ToArray());
}
