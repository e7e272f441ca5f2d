using AiRace.Cli;
using AiRace.Cli.Output;

return AiRaceApp.Run(args, new TerminalSafeWriter(Console.Out), new TerminalSafeWriter(Console.Error));
