using AiRace.Benchmarks;

// Each mode prints its figures: dotnet run -c Release --project bench/AiRace.Benchmarks -- <mode> [args]
return BenchmarkModes.Run(args);
