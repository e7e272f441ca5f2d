using System.CommandLine;
using System.Runtime.CompilerServices;

namespace AiRace.Cli.Help;

/// <summary>The one example each command's <c>--help</c> ends with, set where the command is built.</summary>
internal static class CommandExamples
{
    private static readonly ConditionalWeakTable<Command, string> Examples = [];

    /// <summary>Sets the example of <paramref name="command"/> (a full command line starting with <c>airace</c>).</summary>
    public static Command WithExample(this Command command, string example)
    {
        Examples.AddOrUpdate(command, example);
        return command;
    }

    /// <summary>The example of <paramref name="command"/>, or null when it has none.</summary>
    public static string? Of(Command command) => Examples.TryGetValue(command, out var example) ? example : null;
}
