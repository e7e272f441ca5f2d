using AiRace.Benchmarks;

// Modes print their figures; run with: dotnet run -c Release --project bench/AiRace.Benchmarks -- <mode> [args]
return args.FirstOrDefault() switch
{
    "hub-import" => HubImportBenchmark.Run(args[1..]),
    HubImportBenchmark.StageMode => HubImportBenchmark.RunStage(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: AiRace.Benchmarks hub-import [records=2000000] [--keep]");
    return 1;
}
