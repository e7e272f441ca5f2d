using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace AiRace.Cli.Help;

/// <summary>System.CommandLine's help, followed by the command's one example (see <see cref="CommandExamples"/>).</summary>
internal sealed class ExampleHelpAction(HelpAction inner) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = inner.Invoke(parseResult);
        if (CommandExamples.Of(parseResult.CommandResult.Command) is { } example)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Example:");
            output.WriteLine($"  {example}");
            output.WriteLine();
        }

        return code;
    }
}
