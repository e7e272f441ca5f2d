using AiRace.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/AiRace.Benchmarks -- import-all [DATA_FOLDER]
// dotnet run -c Release --project bench/AiRace.Benchmarks -- readers   (BenchmarkDotNet: one file per importer, no store)
return args.FirstOrDefault() switch
{
    "import-all" => ImportAllBenchmark.Run(args.Skip(1).FirstOrDefault(), Console.Out),
    "readers" => RunReaders(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int RunReaders(string[] rest)
{
    BenchmarkRunner.Run<ImporterReadBenchmarks>(args: rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: AiRace.Benchmarks import-all [DATA_FOLDER] | readers [BenchmarkDotNet options]");
    return 1;
}
