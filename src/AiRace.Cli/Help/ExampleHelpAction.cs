using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace AiRace.Cli.Help;

/// <summary>System.CommandLine's help, followed by the command's one example (see <see cref="CommandExamples"/>).</summary>
internal sealed class ExampleHelpAction(HelpAction inner) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        var help = new StringWriter();
        parseResult.InvocationConfiguration.Output = help;
        int code;
        try
        {
            code = inner.Invoke(parseResult);
        }
        finally
        {
            parseResult.InvocationConfiguration.Output = output;
        }

        output.Write(WithoutShadowed(help.ToString(), command));
        if (CommandExamples.Of(command) is { } example)
        {
            output.WriteLine("Example:");
            output.WriteLine($"  {example}");
            output.WriteLine();
        }

        return code;
    }

    /// <summary>
    /// Leaves out the help line of a global option that the command's own option of the same name replaces (export's
    /// <c>--format parquet|csv</c> and the global <c>--format table|json|csv</c>): the command's own line comes first.
    /// </summary>
    private static string WithoutShadowed(string help, Command command)
    {
        var own = command.Options.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = help.Split('\n');
        var kept = lines.Where(line =>
        {
            var name = line.TrimStart().Split(' ', 2)[0];
            return !(line.StartsWith("  --", StringComparison.Ordinal) && own.Contains(name) && !seen.Add(name));
        });
        return string.Join('\n', kept);
    }
}
