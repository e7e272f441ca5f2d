using AiRace.Benchmarks;

// Modes print their figures; run with: dotnet run -c Release --project bench/AiRace.Benchmarks -- <mode> [args]
return args.FirstOrDefault() switch
{
    "gap" => GapBenchmark.Run(args.Skip(1).FirstOrDefault(), Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: AiRace.Benchmarks gap [DATA_FOLDER]");
    return 1;
}
