using AiRace.Benchmarks;

// dotnet run -c Release --project bench/AiRace.Benchmarks -- <mode> [options]
var mode = args.Length > 0 ? args[0] : string.Empty;
return mode switch
{
    "forecast" => ForecastBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: AiRace.Benchmarks forecast [--paths N] [--years Y] [--threads T] [--seed S]");
    return 1;
}
