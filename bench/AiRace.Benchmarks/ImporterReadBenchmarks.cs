using AiRace.Core.Domain;
using AiRace.Sources.Files;
using BenchmarkDotNet.Attributes;

namespace AiRace.Benchmarks;

/// <summary>Reading one file per importer into a batch (no store): where parsing time and allocations go.</summary>
[MemoryDiagnoser]
public class ImporterReadBenchmarks
{
    private FileProbe _probe = null!;
    private IFileImporter _importer = null!;

    [Params(
        "lmarena-history-jasontrigg0/alltime.csv",
        "epoch-china-ai-trends/All ML Systems - full view.csv",
        "epoch-benchmark-stitching/epoch_capabilities_index.csv",
        "artificial-analysis-oolong/2026-06-10/llms.json")]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _probe = FileProbe.Of(Path.Combine(BenchData.Folder(null), File));
        _importer = FileImporters.For(_probe) ?? throw new InvalidOperationException($"No importer reads {File}.");
    }

    [Benchmark]
    public ImportBatch Read() => _importer.Read(_probe);
}
