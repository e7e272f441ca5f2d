using System.Diagnostics;
using System.Globalization;
using System.Net;
using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Web;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>serve-load</c> mode: the dashboard (<c>airace serve</c>) over the imported store on 127.0.0.1, and a bounded loopback
/// load: <c>--clients</c> concurrent clients (default 100), each making <c>--requests</c> requests (default 40), alternating
/// <c>/index.json</c> and <c>/compare.json?metric=lmarena-text&amp;a=US&amp;b=CN</c>. Prints each URL's first (uncached)
/// time and size, then (after each client has opened its connection and made <c>--warmup</c> requests, default 10) p50, p99 and max latency under load, errors, throughput and peak memory. Client and server share the process
/// (and the machine's cores), so the latencies include the client's work. Target: p99 under 50 ms with no errors.
/// <c>--db PATH</c> uses an existing store; otherwise every file of <c>--data DIR</c> (default ../shared/data) is imported first.
/// </summary>
internal static class ServeLoadBenchmark
{
    public static readonly string[] Urls = ["/index.json", "/compare.json?metric=lmarena-text&a=US&b=CN"];

    public static int Run(string[] args)
    {
        var clients = Args.Int(args, "--clients", 100);
        var requests = Args.Int(args, "--requests", 40);
        var warmup = Args.Int(args, "--warmup", 10);
        var db = Value(args, "--db");
        string? dir = null;
        if (db is null)
        {
            dir = Path.Combine(Path.GetTempPath(), "airace-bench-serve-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            db = Path.Combine(dir, "bench.duckdb");
            var data = BenchData.Folder(Value(args, "--data"));
            var watch = Stopwatch.StartNew();
            using (var store = AiRaceStore.Open(db))
            {
                var runner = new FileImportRunner(store);
                foreach (var file in FileImportRunner.Expand([data]))
                {
                    runner.ImportFile(file);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {data} in {watch.Elapsed.TotalSeconds:F1} s"));
        }

        try
        {
            return Load(db, clients, requests, warmup, Console.Out).GetAwaiter().GetResult();
        }
        finally
        {
            if (dir is not null)
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static async Task<int> Load(string db, int clients, int requests, int warmup, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        await using var app = DashboardHost.Build(new DashboardOptions(db, Port: 0) { RequestsPerWindow = int.MaxValue });
        await app.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(app.Urls.Single()),
            Timeout = TimeSpan.FromMinutes(2),
        };
        foreach (var url in Urls)
        {
            var first = Stopwatch.StartNew();
            using var r = await http.GetAsync(url);
            var bytes = (await r.Content.ReadAsByteArrayAsync()).Length;
            output.WriteLine(string.Create(inv, $"first  {url,-48} {(int)r.StatusCode} {first.Elapsed.TotalMilliseconds,8:F1} ms (uncached: runs the queries), {bytes / 1024.0:F0} KB"));
            if (r.StatusCode != HttpStatusCode.OK)
            {
                output.WriteLine(await r.Content.ReadAsStringAsync());
                return 1;
            }
        }

        // Every client opens its connection and makes --warmup requests first (not measured): the figures are of a steady
        // load, not of 100 TCP handshakes or of the JIT compiling the hot path again at its higher tier.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            for (var i = 0; i < warmup; i++)
            {
                using var r = await http.GetAsync(Urls[(c + i) % Urls.Length]);
                await r.Content.ReadAsByteArrayAsync();
            }
        }));

        var latencies = Urls.ToDictionary(u => u, _ => new List<double>(clients * requests));
        var errors = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = Urls.ToDictionary(u => u, _ => new List<double>(requests));
            for (var i = 0; i < requests; i++)
            {
                var url = Urls[(c + i) % Urls.Length];
                var watch = Stopwatch.StartNew();
                using var r = await http.GetAsync(url);
                await r.Content.ReadAsByteArrayAsync();
                mine[url].Add(watch.Elapsed.TotalMilliseconds);
                if (r.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
            }

            lock (latencies)
            {
                foreach (var (u, l) in mine)
                {
                    latencies[u].AddRange(l);
                }
            }
        })));
        var seconds = total.Elapsed.TotalSeconds;
        var all = latencies.Values.SelectMany(l => l).ToList();
        output.WriteLine(string.Create(inv, $"load   {clients} concurrent clients × {requests} requests = {all.Count} requests in {seconds:F1} s ({all.Count / seconds:F0} req/s), {errors} errors"));
        foreach (var (url, l) in latencies.Append(new("all", all)))
        {
            l.Sort();
            output.WriteLine(string.Create(inv, $"       {url,-48} p50 {Percentile(l, 0.50),6:F1} ms  p99 {Percentile(l, 0.99),6:F1} ms  max {l[^1],6:F1} ms"));
        }

        var p99 = Percentile(all, 0.99);
        output.WriteLine(string.Create(inv, $"memory peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB, managed heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB"));
        output.WriteLine(p99 < 50 && errors == 0 ? "target met: p99 < 50 ms, no errors" : $"target MISSED: p99 {p99.ToString("F1", inv)} ms, {errors} errors");
        await app.StopAsync();
        return p99 < 50 && errors == 0 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
