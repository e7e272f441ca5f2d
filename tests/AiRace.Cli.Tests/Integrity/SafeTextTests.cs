using AiRace.Cli.Output;

namespace AiRace.Cli.Tests.Integrity;

/// <summary>Text from the data is inert in CSV, Markdown and on the terminal.</summary>
public sealed class SafeTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("+1e3", "+1e3")]
    [InlineData("GPT-5", "GPT-5")]
    [InlineData("", "")]
    public void Csv_cells_that_a_spreadsheet_would_run_are_neutralized_unless_numbers(string cell, string expected) =>
        Assert.Equal(expected, SafeText.CsvCell(cell));

    [Fact]
    public void Terminal_text_loses_escape_sequences_and_control_characters()
    {
        var hostile = "evil\u001b]0;pwned\u0007model\u001b[2J\u009b31m\u202e";

        Assert.Equal("evil]0;pwnedmodel[2J31m", SafeText.Terminal(hostile));
        Assert.Equal("a b", SafeText.Terminal("a\nb"));
        Assert.Equal("a\nb", SafeText.Terminal("a\nb", keepLines: true));
    }

    [Fact]
    public void Markdown_text_has_its_html_made_literal()
    {
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img onerror=x&gt;", SafeText.Markdown("<script>alert(1)</script> & <img onerror=x>"));
        Assert.Equal("**bold** [link](x)", SafeText.Markdown("**bold** [link](x)"));
    }

    [Fact]
    public void The_terminal_writer_filters_everything_written_through_it()
    {
        using var inner = new StringWriter();
        using var writer = new TerminalSafeWriter(inner);

        writer.WriteLine("name\u001b]2;title\u0007 ok");
        writer.Write('\u001b');
        writer.Write("x");

        Assert.Equal("name]2;title ok" + Environment.NewLine + "x", inner.ToString());
    }
}
