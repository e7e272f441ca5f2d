using AiRace.Benchmarks;
using BenchmarkDotNet.Running;

// Each mode prints its figures; run with: dotnet run -c Release --project bench/AiRace.Benchmarks -- <mode> [args]
return args.FirstOrDefault() switch
{
    "import-all" => ImportAllBenchmark.Run(args.Skip(1).FirstOrDefault(), Console.Out),
    "readers" => RunReaders(args.Skip(1).ToArray()),
    "gap" => GapBenchmark.Run(args.Skip(1).FirstOrDefault(), Console.Out),
    "hub-import" => HubImportBenchmark.Run(args[1..]),
    HubImportBenchmark.StageMode => HubImportBenchmark.RunStage(args[1..]),
    "forecast" => ForecastBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int RunReaders(string[] rest)
{
    BenchmarkRunner.Run<ImporterReadBenchmarks>(args: rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: AiRace.Benchmarks import-all [DATA_FOLDER] | readers [BenchmarkDotNet options] | gap [DATA_FOLDER] | hub-import [records=2000000] [--keep] | forecast [--paths N] [--threads T]");
    return 1;
}
