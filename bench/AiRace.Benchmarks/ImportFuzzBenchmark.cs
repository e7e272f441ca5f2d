using System.Diagnostics;
using System.Globalization;
using AiRace.Sources.Tests.Fuzz;

namespace AiRace.Benchmarks;

/// <summary>
/// The long run of the import fuzz harness (the tests run it with a fixed seed and 24 cases per kind): prints inputs tried,
/// refused, accepted and skipped, per kind, the escapes (there should be none) and the time. Exit 1 when anything escaped.
/// </summary>
internal static class ImportFuzzBenchmark
{
    public static int Run(string[] args)
    {
        var cases = Option(args, "--cases", 400);
        var seed = Option(args, "--seed", 20261201);
        var data = BenchData.Folder(args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)));
        var work = Directory.CreateTempSubdirectory("airace-fuzz-");
        try
        {
            var clock = Stopwatch.StartNew();
            var seeds = ImportFuzz.SeedFiles(data);
            var counts = ImportFuzz.Run(seeds, seed, cases, work.FullName);
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fuzz: seed {seed}, {seeds.Count} importer kinds, {cases} cases each: tried {counts.Tried}, refused {counts.Refused}, accepted {counts.Accepted}, skipped {counts.Skipped}, escaped {counts.Escapes.Count}, {clock.Elapsed.TotalSeconds:F1} s"));
            foreach (var (kind, path) in seeds)
            {
                Console.WriteLine($"  {kind,-28} {Path.GetRelativePath(data, path)}");
            }

            foreach (var escape in counts.Escapes.Take(50))
            {
                Console.WriteLine($"  ESCAPED {escape}");
            }

            return counts.Escapes.Count == 0 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
