namespace AiRace.Benchmarks;

/// <summary>The benchmark modes: <c>dotnet run -c Release --project bench/AiRace.Benchmarks -- &lt;mode&gt; [options]</c>.</summary>
internal static class BenchmarkModes
{
    private static readonly Dictionary<string, (string Help, Func<string[], int> Run)> Modes = new(StringComparer.Ordinal)
    {
        ["import-all"] = ("import every supported file of ../shared/data (or DATA_FOLDER) into an empty store; time, rows, peak memory", a => ImportAllBenchmark.Run(a.FirstOrDefault(), Console.Out)),
        ["readers"] = ("BenchmarkDotNet: read one file per importer, no store", a => { BenchmarkDotNet.Running.BenchmarkRunner.Run<ImporterReadBenchmarks>(args: a); return 0; }),
        ["gap"] = ("gap and months-behind series over lmarena-text and epoch-eci, store open (DATA_FOLDER optional)", a => GapBenchmark.Run(a.FirstOrDefault(), Console.Out)),
        ["hub-import"] = ("import a generated 2,000,000-model /api/models JSON-lines file; time, peak memory, ratio to DuckDB's read_json ([records] [--keep])", HubImportBenchmark.Run),
        [HubImportBenchmark.StageMode] = ("(internal) one stage of hub-import in a child process", HubImportBenchmark.RunStage),
        ["forecast"] = ("one race's forecast with 1,000,000 Monte Carlo paths over 5 years, models fitted on 200 simulated races (--paths N, --threads T); time and peak memory", ForecastBenchmark.Run),
        ["odds"] = ("the full pooled back-test of the overtaking models over every race of ../shared/data (DATA_FOLDER as the third argument) and one race's forecast (--threads T, default 2); times and scores", OddsBenchmark.Run),
        ["hub-listing"] = ("stream a generated Hugging Face listing from a loopback server into a store (--models N, --page-size N); without --models, runs 50,000 and 200,000 in child processes", HubListingBenchmark.Run),
        ["fuzz"] = ("seeded mutations of each importer kind's smallest real file into one store (--cases N per kind, default 400; --seed S); prints inputs tried, refused, accepted", ImportFuzzBenchmark.Run),
        ["serve-load"] = ("100 concurrent loopback clients against the dashboard's /index.json and /compare.json on the imported store (--db PATH or --data DIR, --clients N, --requests N); p50/p99 and memory", ServeLoadBenchmark.Run),
        ["report-speed"] = ("time `metrics` and `report` (cache off, warm cache) as processes on the imported data (DATA_FOLDER, --runs N, --cli airace.dll); medians and the ratio (target: warm report <= 4x metrics)", ReportSpeedBenchmark.Run),
        ["serve-starter"] = ("serve the dashboard over the bundled starter data only, on 127.0.0.1 (--port, default 5081), for the README's screenshot", ServeStarter.Run),
        ["serve-hub"] = ("serve a small fake Hugging Face Hub to try `airace update` by hand (--port, --models, --page-size, --fail-page, --no-etag)", ServeHub.Run),
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Modes.TryGetValue(args[0], out var mode))
        {
            Console.Error.WriteLine("usage: AiRace.Benchmarks <mode> [options]");
            foreach (var (name, (help, _)) in Modes)
            {
                Console.Error.WriteLine($"  {name,-12} {help}");
            }

            return args.Length == 0 ? 0 : 1;
        }

        return mode.Run(args[1..]);
    }
}
