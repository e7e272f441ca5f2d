using AiRace.Testing;
using Xunit.Abstractions;

namespace AiRace.Sources.Tests.Fuzz;

/// <summary>The CI run of the import fuzz harness: a fixed seed, a few mutations of each importer kind's smallest real file.</summary>
public sealed class ImportFuzzTests
{
    private const int Seed = 20261201;
    private const int CasesPerKind = 24;
    private readonly ITestOutputHelper _output;

    public ImportFuzzTests(ITestOutputHelper output) => _output = output;

    [RealDataFact]
    public void Every_mutated_real_file_is_imported_or_refused_with_one_line_and_a_refusal_changes_nothing()
    {
        // Given the smallest real file of every importer kind
        var seeds = ImportFuzz.SeedFiles(RepoPaths.SharedData);
        Assert.True(seeds.Count >= 15, $"expected a real file for most importer kinds, found {seeds.Count}");
        using var work = new TempDirectory();

        // When seeded mutations of each are imported into one real store
        var counts = ImportFuzz.Run(seeds, Seed, CasesPerKind, work.Path);
        _output.WriteLine($"kinds {seeds.Count}, tried {counts.Tried}, refused {counts.Refused}, accepted {counts.Accepted}, skipped {counts.Skipped}");

        // Then no exception escaped and no refusal changed the store; most mutations were refused
        Assert.True(counts.Escapes.Count == 0, string.Join(Environment.NewLine, counts.Escapes.Take(20)));
        Assert.Equal(seeds.Count * CasesPerKind, counts.Tried);
        Assert.True(counts.Refused > counts.Tried / 3, $"only {counts.Refused} of {counts.Tried} refused: are the mutations reaching the importers?");
    }
}
