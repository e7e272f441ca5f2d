using System.Text;

namespace AiRace.Cli.Output;

/// <summary>
/// Standard output and error as <c>airace</c> writes them: every write passes <see cref="SafeText.Terminal"/> (lines kept),
/// so no escape sequence from the data (an OSC that retitles the window, a cursor move) reaches the terminal.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <summary>The unfiltered writer (Spectre's progress bars on a terminal need their own escape sequences).</summary>
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override void Write(char value)
    {
        if (value is '\n' or '\r' or '\t' || SafeText.Terminal(value.ToString()).Length > 0)
        {
            Inner.Write(value);
        }
    }

    public override void Write(string? value) => Inner.Write(value is null ? null : SafeText.Terminal(value, keepLines: true));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Inner.WriteLine(value is null ? null : SafeText.Terminal(value, keepLines: true));

    public override void Flush() => Inner.Flush();
}
