using System.CommandLine;
using System.CommandLine.Help;
using AiRace.Cli.Commands;
using AiRace.Cli.Help;
using Spectre.Console;

namespace AiRace.Cli;

/// <summary>Builds the <c>airace</c> command tree and runs it. Tests call <see cref="Run"/> in-process with their own writers.</summary>
internal static class AiRaceApp
{
    /// <summary>Every command, in the order the help lists them. A test checks that the README documents each.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new ImportCommand(),
        new MetricsCommand(),
        new ModelsCommand(),
        new OrgsCommand(),
        new SourcesCommand(),
        new GapCommand(),
        new BehindCommand(),
        new ReportCommand(),
        new AdoptionCommand(),
        new UsageCommand(),
        new TrendCommand(),
        new ForecastCommand(),
        new UpdateCommand(),
        new RebuildCommand(),
        new CheckCommand(),
        new ClaimsCommand(),
        new ExportCommand(),
        new ServeCommand(),
    ];

    public static RootCommand Build(TextWriter stdout, TextWriter stderr, Func<TextWriter, IAnsiConsole>? consoles = null)
    {
        var root = new RootCommand("AiRace: measured, sourced, reproducible numbers on the AI race between countries, labs, and open vs closed models.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExampleHelpAction((HelpAction)help.Action!);
        root.WithExample("airace report");
        foreach (var command in Commands)
        {
            var built = command.Build();
            built.SetAction(parse =>
            {
                var ctx = new CliContext(parse, stdout, stderr, consoles);
                return ErrorBoundary.Run(ctx, () =>
                {
                    // Closing the store writes its last pages: inside the boundary, so a full disk there is one line too.
                    using (ctx)
                    {
                        var code = command.Execute(ctx);
                        ctx.Publish();
                        return code;
                    }
                });
            });
            root.Subcommands.Add(built);
        }

        return root;
    }

    /// <summary>Runs <c>airace</c> with <paramref name="args"/>; <paramref name="consoles"/> replaces how Spectre consoles are made (tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<TextWriter, IAnsiConsole>? consoles = null)
    {
        var root = Build(stdout, stderr, consoles);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction and not ExampleHelpAction)
        {
            // One readable line, naming the bad value and the fix, instead of the whole help text.
            stderr.WriteLine($"error: {ParseErrorLine.Of(parse)}");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
