using System.Diagnostics;
using System.Globalization;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>report-speed</c> mode: imports the shared data folder into a temporary store with the built CLI (the import warms the
/// result cache), then times, as separate processes as a user runs them, <c>airace metrics</c>, <c>airace report</c> with the
/// cache off (<c>AIRACE_CACHE=off</c>: every result computed, nothing read or kept) and with the warm cache, and one cached
/// query (<c>trend</c> on LMArena text, US against China) cold and warm; and the import with and without the warm-up. Prints the median of <c>--runs</c> runs (default 5,
/// after one untimed run each) and the ratio of each report to <c>metrics</c>; the target is a warm report at most 4 times
/// <c>metrics</c>. The CLI is <c>--cli PATH</c> (an <c>airace.dll</c>), else the Release build, else the Debug build.
/// </summary>
internal static class ReportSpeedBenchmark
{
    public const double Target = 4;

    public static int Run(string[] args)
    {
        var runs = Args.Int(args, "--runs", 5);
        var cliIndex = Array.IndexOf(args, "--cli");
        var cli = cliIndex >= 0 && cliIndex + 1 < args.Length ? Path.GetFullPath(args[cliIndex + 1]) : FindCli();
        var data = BenchData.Folder(args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).FirstOrDefault());
        var dir = Path.Combine(Path.GetTempPath(), "airace-bench-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, "bench.duckdb");
        try
        {
            Console.WriteLine($"CLI {cli}; data {data}; {runs} runs each (median, after one untimed run)");
            var plain = Time(cli, Path.Combine(dir, "no-cache.duckdb"), true, "import", data);
            var import = Time(cli, db, false, "import", data);
            Console.WriteLine($"import: {plain:F0} ms with the cache off, {import:F0} ms with the cache warm-up");

            var rows = new List<(string Name, double Ms)>
            {
                ("metrics", Median(cli, db, runs, false, "metrics")),
                ("report, cache off", Median(cli, db, runs, true, "report")),
                ("report, warm cache", Median(cli, db, runs, false, "report")),
                ("trend lmarena-text US,CN, cache off", Median(cli, db, runs, true, "trend", "--metric", "lmarena-text", "--between", "US,CN")),
                ("trend lmarena-text US,CN, warm cache", Median(cli, db, runs, false, "trend", "--metric", "lmarena-text", "--between", "US,CN")),
            };
            var metrics = rows[0].Ms;
            foreach (var (name, ms) in rows)
            {
                Console.WriteLine($"  {name,-40} {ms,8:F0} ms  {ms / metrics,5:F2}x metrics");
            }

            var warm = rows[2].Ms / metrics;
            Console.WriteLine($"warm report / metrics = {warm:F2} (target <= {Target}): {(warm <= Target ? "met" : "not met")}");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double Median(string cli, string db, int runs, bool cacheOff, params string[] command)
    {
        Time(cli, db, cacheOff, command);
        var times = Enumerable.Range(0, runs).Select(_ => Time(cli, db, cacheOff, command)).Order().ToList();
        return times[times.Count / 2];
    }

    private static double Time(string cli, string db, bool cacheOff, params string[] command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { cli, "--db", db }.Concat(command))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["AIRACE_CACHE"] = cacheOff ? "off" : "on";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start 'dotnet {cli}'.");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'airace {string.Join(' ', command)}' exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {stderr.Result}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static string FindCli()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiRace.sln")))
        {
            dir = dir.Parent;
        }

        foreach (var config in new[] { "Release", "Debug" })
        {
            var path = dir is null ? null : Path.Combine(dir.FullName, "src", "AiRace.Cli", "bin", config, "net10.0", "airace.dll");
            if (path is not null && File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("No built airace.dll: run `dotnet build -c Release src/AiRace.Cli`, or pass --cli PATH/airace.dll.");
    }
}
