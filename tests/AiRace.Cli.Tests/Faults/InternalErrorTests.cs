namespace AiRace.Cli.Tests.Faults;

/// <summary>The exception boundary's catch-all: an unexpected exception is one "internal error" line and exit 70; the trace only with --debug.</summary>
public sealed class InternalErrorTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unexpected_exception_is_one_internal_error_line_with_exit_70(bool debug)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args = debug ? ["metrics", "--db", "unused.duckdb", "--debug"] : ["metrics", "--db", "unused.duckdb"];
        var parse = AiRaceApp.Build(stdout, stderr).Parse(args);
        using var ctx = new CliContext(parse, stdout, stderr);

        var code = ErrorBoundary.Run(ctx, () => throw new InvalidOperationException("the unexpected"));

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Equal(70, code);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: internal error: InvalidOperationException: the unexpected — run again with --debug and report it.", lines[0].TrimEnd('\r'));
        Assert.Equal(debug, stderr.ToString().Contains("   at ", StringComparison.Ordinal));
        if (!debug)
        {
            Assert.Single(lines);
        }
    }
}
