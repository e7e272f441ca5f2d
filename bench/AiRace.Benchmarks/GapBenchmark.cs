using System.Diagnostics;
using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using AiRace.Sources.Attribution;
using AiRace.Sources.Files;
using AiRace.Store;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>gap</c> mode: imports every LMArena folder (the whole <c>lmarena-text</c> history) and the Epoch benchmark-stitching folder (its ECI
/// file) into a temporary store, then, with the store open, times the US–CN gap and months-behind series over each
/// metric's whole history: end to end (read observations and catalog from the store, two frontiers, gap, months behind)
/// and compute only (inputs already in memory). Prints the median of 25 runs after 3 warm-ups, and peak memory.
/// A synthetic release-dated metric (20,000 models, generated here) shows how the computation scales.
/// </summary>
internal static class GapBenchmark
{
    private const int Warmups = 3;
    private const int Runs = 25;

    public static int Run(string? dataFolder, TextWriter output)
    {
        var data = BenchData.Folder(dataFolder);
        var dir = Path.Combine(Path.GetTempPath(), "airace-bench-gap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var store = AiRaceStore.Open(Path.Combine(dir, "bench.duckdb"));
            var runner = new FileImportRunner(store);
            foreach (var folder in new[] { "lmarena-history-jasontrigg0", "lmarena-fboulnois", "lmarena-arena-catalog", "lmarena-oolong-daily", "epoch-benchmark-stitching" })
            {
                var path = Path.Combine(data, folder);
                if (Directory.Exists(path))
                {
                    foreach (var file in FileImportRunner.Expand([path]))
                    {
                        runner.ImportFile(file);
                    }
                }
            }

            var policy = AttributionPolicy.For(store);
            output.WriteLine($"gap benchmark: median of {Runs} runs after {Warmups} warm-ups; store open, groups US vs CN");
            foreach (var id in new[] { "lmarena-text", "epoch-eci" })
            {
                if (store.FindMetric(id) is not { } metric)
                {
                    output.WriteLine($"{id,-22} not in the store (no importer read it from {data}); skipped");
                    continue;
                }

                var endToEnd = Time(() =>
                {
                    var catalog = store.Catalog(policy);
                    var observations = store.Observations(metric.Id);
                    return Compute(metric, observations, catalog);
                });
                var observationsInMemory = store.Observations(metric.Id);
                var catalogInMemory = store.Catalog(policy);
                var computeOnly = Time(() => Compute(metric, observationsInMemory, catalogInMemory));
                output.WriteLine(
                    $"{id,-22} {observationsInMemory.Count,7} observations  {endToEnd.Points,5} gap + behind points  " +
                    $"end-to-end {endToEnd.Median,8:0.000} ms  compute-only {computeOnly.Median,8:0.000} ms");
            }

            var (synthetic, syntheticCatalog) = Synthetic(20_000);
            var s = Time(() => Compute(synthetic.Metric, synthetic.Observations, syntheticCatalog));
            output.WriteLine(
                $"{"synthetic-release",-22} {synthetic.Observations.Count,7} observations  {s.Points,5} gap + behind points  " +
                $"{"",-23}compute-only {s.Median,8:0.000} ms");
            output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MiB");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Compute(Metric metric, IReadOnlyList<Observation> observations, IReadOnlyDictionary<string, CatalogModel> catalog)
    {
        var us = Frontier.Compute(metric, observations, catalog, GroupSpec.Parse("US"));
        var cn = Frontier.Compute(metric, observations, catalog, GroupSpec.Parse("CN"));
        return Gap.Compute(us, cn).Points.Count + HorizontalBehind.Series(us, cn, DateWindow.All).Points.Count;
    }

    private static (double Median, int Points) Time(Func<int> run)
    {
        var points = 0;
        for (var i = 0; i < Warmups; i++)
        {
            points = run();
        }

        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var sw = Stopwatch.StartNew();
            points = run();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[Runs / 2], points);
    }

    private static ((Metric Metric, List<Observation> Observations), Dictionary<string, CatalogModel>) Synthetic(int models)
    {
        var metric = new Metric("synthetic-release", "Synthetic", MetricKind.ReleaseDated, true, "pt", "benchmark only");
        var random = new Random(42);
        var catalog = new Dictionary<string, CatalogModel>(StringComparer.Ordinal);
        var observations = new List<Observation>(models);
        var start = new DateOnly(2019, 1, 1);
        for (var i = 0; i < models; i++)
        {
            var key = "m" + i;
            var country = (i % 3) switch { 0 => "US", 1 => "CN", _ => "FR" };
            var day = random.Next(0, 7 * 365);
            catalog[key] = new CatalogModel(key, key, null, country, AttributionRule.Source, Openness.Open, start.AddDays(day));
            observations.Add(new Observation(metric.Id, key, start.AddDays(day), (day / 10.0) + (random.NextDouble() * 60)));
        }

        return ((metric, observations), catalog);
    }
}
