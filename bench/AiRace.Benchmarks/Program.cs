using AiRace.Benchmarks;

return BenchmarkModes.Run(args);
