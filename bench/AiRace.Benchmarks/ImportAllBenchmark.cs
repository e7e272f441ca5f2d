using System.Diagnostics;
using System.Globalization;
using AiRace.Sources.Files;
using AiRace.Store;

namespace AiRace.Benchmarks;

/// <summary>
/// Imports every file of the data folder into an empty store (a temp DuckDB file), as <c>airace import</c> does, and prints
/// wall time, files, rows, peak working set and managed allocations, with the time spent per importer kind.
/// </summary>
internal static class ImportAllBenchmark
{
    public static int Run(string? folder, TextWriter output)
    {
        var data = BenchData.Folder(folder);
        var dbDir = Directory.CreateTempSubdirectory("airace-bench-");
        try
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var total = Stopwatch.StartNew();
            using var store = AiRaceStore.Open(Path.Combine(dbDir.FullName, "bench.duckdb"));
            var runner = new FileImportRunner(store);
            var files = FileImportRunner.Expand([data]);
            var perKind = new Dictionary<string, (int Files, long Rows, TimeSpan Time)>(StringComparer.Ordinal);
            var results = new List<FileImportResult>(files.Count);
            foreach (var file in files)
            {
                var started = Stopwatch.GetTimestamp();
                var r = runner.ImportFile(file);
                var elapsed = Stopwatch.GetElapsedTime(started);
                results.Add(r);
                var kind = r.Kind ?? "(skipped)";
                var (f, rows, t) = perKind.GetValueOrDefault(kind);
                perKind[kind] = (f + 1, rows + r.Rows, t + elapsed);
            }

            total.Stop();
            var counts = store.Counts();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            var inv = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(inv, $"data folder      {data}"));
            output.WriteLine(string.Create(inv, $"wall time        {total.Elapsed.TotalSeconds:F2} s (open store + expand + import)"));
            output.WriteLine(string.Create(inv, $"files            {files.Count} seen, {results.Count(r => r.Status == FileImportStatus.Imported)} imported, {results.Count(r => r.Status == FileImportStatus.Skipped)} skipped"));
            output.WriteLine(string.Create(inv, $"rows             {results.Sum(r => r.Rows):N0} (models {counts.Models:N0}, organizations {counts.Organizations:N0}, observations {counts.Observations:N0}, metrics {counts.Metrics})"));
            output.WriteLine(string.Create(inv, $"peak memory      {peak / 1024.0 / 1024.0:F0} MB (Process.PeakWorkingSet64)"));
            output.WriteLine(string.Create(inv, $"managed alloc    {allocated / 1024.0 / 1024.0:F0} MB (GC.GetTotalAllocatedBytes)"));
            output.WriteLine("per importer:");
            foreach (var (kind, (f, rows, t)) in perKind.OrderByDescending(p => p.Value.Time))
            {
                output.WriteLine(string.Create(inv, $"  {kind,-26} {f,4} files {rows,10:N0} rows {t.TotalMilliseconds,9:F0} ms"));
            }

            return 0;
        }
        finally
        {
            dbDir.Delete(recursive: true);
        }
    }
}
