using AiRace.Cli;

return AiRaceApp.Run(args, Console.Out, Console.Error);
