using System.CommandLine;
using AiRace.Cli.Commands;

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
    ];

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("AiRace: measured, sourced, reproducible numbers on the AI race between countries, labs, and open vs closed models.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        foreach (var command in Commands)
        {
            var built = command.Build();
            built.SetAction(parse =>
            {
                var ctx = new CliContext(parse, stdout, stderr);
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

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            // One readable line per problem, naming the bad value, instead of the whole help text.
            var command = parse.CommandResult.Command;
            var path = command is RootCommand ? "airace" : $"airace {command.Name}";
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message.ReplaceLineEndings(" ")} Run '{path} --help' for usage.");
            }

            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
