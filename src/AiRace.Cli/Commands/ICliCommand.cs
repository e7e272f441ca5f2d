using System.CommandLine;

namespace AiRace.Cli.Commands;

/// <summary>One <c>airace</c> subcommand: its options and arguments, and what it does.</summary>
internal interface ICliCommand
{
    /// <summary>The command's name, as typed after <c>airace</c>.</summary>
    string Name { get; }

    Command Build();

    int Execute(CliContext ctx);
}
