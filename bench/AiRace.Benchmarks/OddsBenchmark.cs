using System.Diagnostics;
using System.Globalization;
using AiRace.Application.Odds;
using AiRace.Core.Analysis;
using AiRace.Core.Odds;
using AiRace.Application;
using AiRace.Sources.Files;
using AiRace.Store;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>odds</c>: imports the whole data folder into a temporary store, then times, with the store open: reading every
/// race (series of every metric and group pair), the full pooled back-test over them, and one race's forecast
/// (lmarena-text, US vs CN, with the back-test reused). Prints the back-test's figures. <c>--threads T</c> (default 2).
/// </summary>
internal static class OddsBenchmark
{
    public static int Run(string[] args)
    {
        var threads = args.Length > 1 && args[0] == "--threads" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        var data = BenchData.Folder(args.Length > 2 ? args[2] : null);
        var dir = Path.Combine(Path.GetTempPath(), "airace-bench-odds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var store = AiRaceStore.Open(Path.Combine(dir, "bench.duckdb"));
            var runner = new FileImportRunner(store);
            foreach (var file in FileImportRunner.Expand([data]))
            {
                runner.ImportFile(file);
            }

            using var session = new StoreSession(store);
            var source = FrontierRaceSource.For(session, null);
            var (races, read) = Timed(() => RaceCatalog.Build(source));
            var (bt, backtest) = Timed(() => PooledBacktest.Run(races, new PooledBacktestOptions() { MaxDegreeOfParallelism = threads }));
            var metric = source.Metrics.First(m => m.Id == "lmarena-text");
            var (f, forecast) = Timed(() => ForecastUseCase.Run(source, new ForecastQuery(metric, GroupSpec.Parse("US"), GroupSpec.Parse("CN"), null, ForecastHorizons.Default), bt, races));
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"odds: {races.Count} races, {threads} threads, machine load average {LoadAverage()} (wall times on a shared machine; CPU times are what the work costs)"));
            foreach (var (name, t) in new[] { ("read races", read), ("pooled back-test", backtest), ("one race's forecast (back-test reused)", forecast) })
            {
                Console.WriteLine(string.Create(inv, $"  {name,-40} wall {t.Wall:0} ms, CPU {t.Cpu:0} ms"));
            }

            Console.WriteLine(string.Create(inv, $"  pooled: {bt.BaseRate.Forecasts} forecasts, {bt.BaseRate.Events} events, {bt.Origins} origins ({bt.FirstOrigin:yyyy-MM-dd} to {bt.LastOrigin:yyyy-MM-dd})"));
            foreach (var card in bt.Models.Append(bt.GapLogistic).Append(bt.BaseRate).Append(bt.Never))
            {
                Console.WriteLine(string.Create(inv, $"  {card.Name,-13} Brier {card.Brier:0.0000}  log {card.LogScore:0.0000}  reliability {card.Reliability:0.0000} resolution {card.Resolution:0.0000} uncertainty {card.Uncertainty:0.0000}"));
            }

            Console.WriteLine($"  chosen: {(bt.Best is { } b ? OddsModels.Name(b) : "none (base rate)")}; lmarena-text US,CN 1y {f.Forecast.Horizons[0].PAnyTime:0.000}");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (T Value, (double Wall, double Cpu) Time) Timed<T>(Func<T> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var value = run();
        clock.Stop();
        process.Refresh();
        return (value, (clock.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
