using System.Diagnostics;
using System.Globalization;
using AiRace.Core.Odds;
using AiRace.Testing;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>forecast</c>: one race's forecast (horizons 1–5 years, <c>--paths N</c>, default 1,000,000) with the models fitted on
/// 200 simulated races (the tests' <see cref="SimulatedRaces"/>, 72 months each) and their pooled back-test; prints the
/// back-test's and the forecast's time and peak memory, so runs with 100k and 1M paths show memory does not grow with paths.
/// <c>--model jump|lag|hazard</c> times a named model (default: the back-test's choice).
/// </summary>
internal static class ForecastBenchmark
{
    public static int Run(string[] args)
    {
        var paths = (int)Option(args, "--paths", 1_000_000);
        var threads = (int)Option(args, "--threads", 2);
        var i = Array.IndexOf(args, "--model");
        var model = OddsModels.Parse(i >= 0 && i + 1 < args.Length ? args[i + 1] : null);
        var races = SimulatedRaces.Generate(200, 72, 7);
        var clock = Stopwatch.StartNew();
        var bt = PooledBacktest.Run(races, new PooledBacktestOptions() { MaxDegreeOfParallelism = threads });
        var backtestMs = clock.Elapsed.TotalMilliseconds;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        clock.Restart();
        var f = OvertakeForecast.Run(races, races[0], new ForecastOptions(races[0].DataEnd, ForecastHorizons.Default, paths, 1) { Model = model }, bt);
        var forecastMs = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"forecast: 200 simulated races, {bt.BaseRate.Forecasts} back-test forecasts, {threads} threads; pooled back-test {backtestMs:0} ms"));
        Console.WriteLine(string.Create(inv, $"  one race's forecast, {paths:N0} paths, model {f.ModelName}: wall {forecastMs:0} ms, CPU {cpuMs:0} ms; P(any time within 5 y) = {f.Horizons[^1].PAnyTime:0.0000}"));
        Console.WriteLine(string.Create(inv, $"  peak working set {process.PeakWorkingSet64 / 1048576.0:0.0} MiB"));
        return 0;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
