using System.Diagnostics;
using System.Globalization;
using AiRace.Sources.Live;
using AiRace.Store;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>hub-listing</c>: a loopback server streams a generated Hub listing of N models in pages of 1,000; <c>airace update</c>'s
/// Hugging Face connector reads it into a store file (archive, hub_models, catalog, observations) in one transaction.
/// Prints models per second and peak memory. Without <c>--models</c>, runs 50,000 and 200,000 in fresh processes, so each
/// peak is its own, and shows whether memory grows with the number of pages.
/// </summary>
internal static class HubListingBenchmark
{
    public static int Run(string[] args)
    {
        var models = Args.Int(args, "--models", 0);
        var pageSize = Args.Int(args, "--page-size", 1000);
        if (models > 0)
        {
            return Measure(models, pageSize);
        }

        Console.WriteLine("models    pages  seconds  models/s  MB read  peak working set MB  peak managed heap MB  store MB");
        foreach (var n in new[] { 50_000, 200_000 })
        {
            var code = Child(n, pageSize);
            if (code != 0)
            {
                return code;
            }
        }

        return 0;
    }

    private static int Child(int models, int pageSize)
    {
        using var child = Process.Start(Self("hub-listing", "--models", Text(models), "--page-size", Text(pageSize)))!;
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>This benchmark program with other arguments (run through <c>dotnet</c> when it was started that way).</summary>
    private static ProcessStartInfo Self(params string[] args)
    {
        var self = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new ProcessStartInfo(self, [typeof(HubListingBenchmark).Assembly.Location, .. args])
            : new ProcessStartInfo(self, args);
    }

    /// <summary>Starts the fake Hub in its own process, so its memory and CPU are not the client's, and returns it with its URL.</summary>
    private static (Process Server, string Url) StartServer(int models, int pageSize)
    {
        var start = Self("serve-hub", "--port", "0", "--models", Text(models), "--page-size", Text(pageSize));
        start.RedirectStandardOutput = true;
        var server = Process.Start(start)!;
        var first = server.StandardOutput.ReadLine() ?? throw new InvalidOperationException("serve-hub did not start.");
        var url = first.Split(' ').First(w => w.StartsWith("http://", StringComparison.Ordinal));
        return (server, url);
    }

    private static int Measure(int models, int pageSize)
    {
        var dir = Path.Combine(Path.GetTempPath(), "airace-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, "bench.duckdb");
        using var sampler = new PeakSampler();
        try
        {
            var (server, url) = StartServer(models, pageSize);
            SourceRunResult result;
            long peakWorkingSet, peakManaged;
            var watch = Stopwatch.StartNew();
            using (var store = AiRaceStore.Open(db))
            {
                var options = new LiveOptions
                {
                    RateLimits = false,
                    BaseUrls = new Dictionary<string, string> { ["huggingface"] = url },
                    HubNamespaces = ["bench-lab"],
                    HubDerivativeModels = 0,
                    HubPageSize = pageSize,
                    StoreMemoryLimit = Environment.GetEnvironmentVariable("AIRACE_BENCH_DUCKDB_MEMORY") ?? new LiveOptions().StoreMemoryLimit,
                    AttemptTimeout = TimeSpan.FromMinutes(1),
                    RequestTimeout = TimeSpan.FromMinutes(5),
                    Deadline = TimeSpan.FromHours(1),
                };
                result = new LiveUpdater(store, options, LiveConfig.Of()).RunAsync(["huggingface"], CancellationToken.None).GetAwaiter().GetResult().Single();
                watch.Stop();
                sampler.Sample();
                peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
                peakManaged = sampler.PeakManaged;

                // Each repository gives a Hub row, a catalog model and 3 observations (30-day downloads, all-time downloads, likes).
                if (result.Status != SourceRunStatus.Updated || result.Rows != 5L * models)
                {
                    Console.Error.WriteLine($"hub-listing: expected {5L * models} rows, got {result.Status} with {result.Rows}: {result.Message}");
                    return 1;
                }
            }

            server.Kill();
            server.WaitForExit();
            server.Dispose();
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{models,-9} {result.Requests,5} {seconds,8:0.00} {models / seconds,9:N0} {result.Bytes / 1e6,8:0.0} {peakWorkingSet / 1e6,20:0} {peakManaged / 1e6,21:0} {new FileInfo(db).Length / 1e6,9:0.0}"));
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Samples the managed heap every 20 ms and keeps the peak.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Timer _timer;

        public PeakSampler() => _timer = new Timer(_ => Sample(), null, 0, 20);

        public long PeakManaged { get; private set; }

        public void Sample()
        {
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
            if (heap > PeakManaged)
            {
                PeakManaged = heap;
            }
        }

        public void Dispose() => _timer.Dispose();
    }
}
