using System.Diagnostics;
using System.Globalization;
using AiRace.Sources.Files;
using AiRace.Sources.Hub;
using AiRace.Store;
using DuckDB.NET.Data;

namespace AiRace.Benchmarks;

/// <summary>
/// <c>hub-import</c>: generates a listing of N Hugging Face models (JSON lines), then, each in a fresh process so that peak
/// memory is its own, (1) imports it into an empty store as <c>airace import</c> does (DuckDB's JSON reader inside the
/// import transaction), (2) times DuckDB's own <c>read_json</c> loading the same file into a table, (3) imports it through
/// the streaming C# reader (<see cref="HubModelsJsonReader"/>, as the live connector does) with the appender. Prints the
/// times, peak working sets, rows, and the ratios to DuckDB's own time. Targets: under 60 s, under 1 GB, at most 1.5×.
/// </summary>
internal static class HubImportBenchmark
{
    public const string StageMode = "hub-import-stage";

    public static int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 2_000_000;
        var keep = args.Contains("--keep");
        var dir = Path.Combine(Path.GetTempPath(), "airace-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "models-2026-01-01.jsonl");
            var watch = Stopwatch.StartNew();
            var bytes = HubListingGenerator.Write(file, count);
            Console.WriteLine(Invariant($"generated {count:N0} records, {bytes / 1e6:F0} MB in {watch.Elapsed.TotalSeconds:F1} s: {file}"));

            var duck = Stage("duckdb-read-json", file, dir);
            var airace = Stage("airace-import", file, dir);
            var streamed = Stage("csharp-stream", file, dir);
            Console.WriteLine();
            Console.WriteLine(Invariant($"{"stage",-18} {"seconds",8} {"peak MB",8} {"rows",10} {"× duckdb",9}"));
            foreach (var s in new[] { duck, airace, streamed })
            {
                Console.WriteLine(Invariant($"{s.Name,-18} {s.Seconds,8:F1} {s.PeakMb,8:F0} {s.Rows,10:N0} {s.Seconds / duck.Seconds,9:F2}"));
            }

            var ok = airace.Seconds < 60 && airace.PeakMb < 1024 && airace.Seconds <= 1.5 * duck.Seconds;
            Console.WriteLine(Invariant($"airace import: {(ok ? "meets" : "MISSES")} the targets (< 60 s, < 1024 MB, ≤ 1.5 × DuckDB read_json = {1.5 * duck.Seconds:F1} s)"));
            return 0;
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>Runs one stage in this process: prints <c>RESULT seconds peakMB rows</c>.</summary>
    public static int RunStage(string[] args)
    {
        var (stage, file, dir) = (args[0], args[1], args[2]);
        var db = Path.Combine(dir, stage + ".duckdb");
        long rows;
        var watch = Stopwatch.StartNew();
        switch (stage)
        {
            case "duckdb-read-json":
                using (var c = new DuckDBConnection($"Data Source={db}"))
                {
                    c.Open();
                    using var cmd = c.CreateCommand();
                    cmd.CommandText = $"CREATE TABLE t AS SELECT * FROM read_json('{file}', format = 'newline_delimited')";
                    cmd.ExecuteNonQuery();
                    cmd.CommandText = "SELECT count(*) FROM t";
                    rows = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
                }

                break;
            case "airace-import":
                using (var store = AiRaceStore.Open(db))
                {
                    rows = new FileImportRunner(store).ImportFile(file).Rows;
                }

                break;
            default:
                using (var store = AiRaceStore.Open(db))
                {
                    using var stream = File.OpenRead(file);
                    var batch = new AiRace.Core.Domain.ImportBatch("hf-api-models-stream", "benchmark")
                    {
                        HubModels = HubModelsJsonReader.Read(stream, new DateOnly(2026, 1, 1), jsonLines: true, Path.GetFileName(file)),
                    };
                    rows = store.Import(batch, new ImportSource(Path.GetFileName(file), file, "bench-stream", new FileInfo(file).Length)).Rows;
                }

                break;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(Invariant($"RESULT {seconds:R} {self.PeakWorkingSet64 / 1048576.0:R} {rows}"));
        return 0;
    }

    private static StageResult Stage(string name, string file, string dir)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(HubImportBenchmark).Assembly.Location);
        }

        foreach (var a in new[] { StageMode, name, file, dir })
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"stage {name} failed (exit {p.ExitCode}): {output}");
        var parts = line.Split(' ');
        var result = new StageResult(name, double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture), long.Parse(parts[3], CultureInfo.InvariantCulture));
        Console.WriteLine(Invariant($"{name}: {result.Seconds:F1} s, peak {result.PeakMb:F0} MB, {result.Rows:N0} rows"));
        return result;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private sealed record StageResult(string Name, double Seconds, double PeakMb, long Rows);
}
