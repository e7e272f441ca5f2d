namespace AiRace.Cli.Tests.Behaviour;

/// <summary>A command line airace cannot parse gives one line, naming the bad word and the closest known one.</summary>
public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("reprot", "error: Unknown command 'reprot'. Did you mean 'report'?")]
    [InlineData("metrcs", "error: Unknown command 'metrcs'. Did you mean 'metrics'?")]
    [InlineData("gap --metirc lmarena-text --between US,CN", "error: Unknown option '--metirc' for 'airace gap'. Did you mean '--metric'?")]
    [InlineData("metrics --fromat json", "error: Unknown option '--fromat' for 'airace metrics'. Did you mean '--format'?")]
    [InlineData("metrics --format xml", "error: --format 'xml' is not one of table, json, csv.")]
    [InlineData("forecast --metric epoch-eci --between US,CN --paths many", "error: --paths 'many' is not a whole number.")]
    public void A_typo_gives_one_line_with_a_suggestion(string line, string expected)
    {
        var (code, output, err) = CliRunner.Run(line.Split(' '));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(expected, Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd());
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyzzy")]
    [InlineData("metrics --nope")]
    [InlineData("gap --metric lmarena-text")]
    [InlineData("report --lang")]
    [InlineData("gap --metric lmarena-text --between US,CN stray")]
    public void Any_other_parse_error_is_one_line_that_names_the_way_on(string line)
    {
        var (code, _, err) = CliRunner.Run(line.Length == 0 ? [] : line.Split(' '));

        Assert.Equal(1, code);
        var only = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", only, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", only, StringComparison.Ordinal);
        Assert.Matches("airace( [a-z]+)? --help|Commands: import", only);
    }

    [Theory]
    [InlineData("reprot", "report")]
    [InlineData("rep", "report")]
    [InlineData("--metirc", "--metric")]
    [InlineData("zzzzzz", null)]
    public void The_closest_name_is_a_unique_prefix_or_a_few_edits_away(string typed, string? expected)
    {
        Assert.Equal(expected, ParseErrorLine.Closest(typed, ["report", "rebuild", "metrics", "--metric", "--between"]));
    }
}
