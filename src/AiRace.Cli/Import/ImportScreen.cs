using AiRace.Cli.Output;
using Spectre.Console;

namespace AiRace.Cli.Import;

/// <summary>
/// Where <c>airace import</c> prints while it runs: one line per file on standard output, errors on standard error, and on a
/// terminal, for many files, a progress bar on standard error. While the bar is live, every line that reaches its screen is
/// written through the bar's console, which prints it above the bar; a line written around the bar would be overwritten by
/// its next refresh.
/// </summary>
internal sealed class ImportScreen
{
    /// <summary>Folders of more files than this get a progress bar on a terminal.</summary>
    public const int ProgressFrom = 20;

    private readonly CliContext _ctx;
    private readonly IAnsiConsole _bar;
    private readonly bool _showBar;
    private readonly bool _outputOnScreen;
    private bool _live;

    public ImportScreen(CliContext ctx, int files)
    {
        _ctx = ctx;
        _bar = ctx.Console(ctx.Err);
        var capabilities = _bar.Profile.Capabilities;
        _showBar = ctx.Format == OutputFormat.Table && files > ProgressFrom && capabilities.Interactive && capabilities.Ansi;

        // Standard output on a terminal too: the per-file lines share the bar's screen.
        _outputOnScreen = ctx.Console(ctx.Out).Profile.Capabilities.Interactive;
    }

    /// <summary>A per-file line (standard output).</summary>
    public void Line(string text)
    {
        if (_live && _outputOnScreen)
        {
            Above(text);
        }
        else
        {
            _ctx.Out.WriteLine(text);
        }
    }

    /// <summary>An error line (standard error).</summary>
    public void Error(string text)
    {
        if (_live)
        {
            Above(text);
        }
        else
        {
            _ctx.Err.WriteLine(text);
        }
    }

    /// <summary>Runs <paramref name="body"/>, which calls the step it is given after each of the <paramref name="total"/> files.</summary>
    public void Run(int total, Action<Action?> body)
    {
        if (!_showBar)
        {
            body(null);
            return;
        }

        _bar.Progress().Start(p =>
        {
            var task = p.AddTask("importing", maxValue: total);
            _live = true;
            try
            {
                body(() => task.Increment(1));
            }
            finally
            {
                _live = false;
            }
        });
    }

    /// <summary>
    /// Writes a whole line through the bar's console, which has just moved the cursor to the top of the bar: erases the bar
    /// (ED 0, so no part of it stays beside a line the terminal wraps), writes the line as it is (not re-wrapped by Spectre;
    /// control characters from the data removed), and lets the console draw the bar again below it.
    /// </summary>
    private void Above(string text) => _bar.Write(new ControlCode("\u001b[J" + SafeText.Terminal(text, keepLines: true) + "\n"));
}
