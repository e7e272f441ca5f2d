using AiRace.Testing;
using Spectre.Console;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary>
/// On a terminal the import progress bar never destroys the per-file lines: the whole of ../shared/data is imported with an
/// interactive 120-column console on one screen (standard output and error together, as a terminal shows them), and the
/// screen, replayed by a terminal emulator, must still show every line a plain run prints.
/// </summary>
public sealed class ImportProgressTests : IDisposable
{
    private const int Width = 120;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [RealDataFact]
    public void Every_per_file_line_survives_the_progress_bar_at_120_columns()
    {
        var data = SharedData.Root;
        var plain = CliRunner.Run("import", data, "--db", _dir.File("plain.duckdb"));
        Assert.True(plain.Code == 0, plain.Err);
        var expected = plain.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        using var screen = new StringWriter();
        var code = AiRaceApp.Run(["import", data, "--db", _dir.File("terminal.duckdb")], screen, screen, Terminal);

        Assert.Equal(0, code);
        var output = screen.ToString();
        Assert.Contains("\u001b[", output, StringComparison.Ordinal); // the bar did run, with its cursor moves
        var shown = VirtualTerminal.Of(Width, output).Lines.ToHashSet(StringComparer.Ordinal);
        var lost = expected.Where(l => !shown.Contains(l.TrimEnd())).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {expected.Length} lines lost, e.g. '{lost.FirstOrDefault()}'");
    }

    /// <summary>An interactive ANSI console of fixed width over the captured screen, as on a terminal of 120 columns.</summary>
    private static IAnsiConsole Terminal(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = Width;
        return console;
    }
}
