using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class EpochAaImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    [RealDataFact]
    public void Importing_the_epoch_and_artificial_analysis_folders_lists_eci_and_the_aa_index()
    {
        var (code, output, _) = CliRunner.Run(
            "import", SharedData.Folder("epoch-benchmark-stitching"), SharedData.Folder("artificial-analysis-oolong"), "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("epoch-eci", output, StringComparison.Ordinal);
        Assert.Contains("note: runs skipped: 3 ", output, StringComparison.Ordinal);
        Assert.Contains("skipped   ", output, StringComparison.Ordinal); // external_benchmark_*.csv have no importer yet
        using var doc = JsonDocument.Parse(CliRunner.Run("metrics", "--db", Db, "--format", "json").Out);
        var metrics = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        // python3: 142 scored ECI rows, released 2023-02-24 → 2025-09-29.
        var eci = metrics["epoch-eci"];
        Assert.Equal(("release-dated", "2023-02-24", "2025-09-29", 142L), (
            eci.GetProperty("kind").GetString(), eci.GetProperty("first_date").GetString(),
            eci.GetProperty("last_date").GetString(), eci.GetProperty("observations").GetInt64()));

        // python3: 437 + 476 + 491 dated index values in the three llms.json files; each file is an edition and only the
        // latest (2026-06-10, 491 values) is read, so an older edition's score never outlives its replacement.
        var aa = metrics["aa-intelligence-index"];
        Assert.Equal((491L, 491L), (aa.GetProperty("observations").GetInt64(), aa.GetProperty("models").GetInt64()));
    }

    [RealDataFact]
    public void A_second_import_of_the_same_folders_adds_nothing()
    {
        var folder = SharedData.Folder("epoch-notable-vinodgeorge24");
        Assert.Equal(0, CliRunner.Run("import", folder, "--db", Db).Code);

        var (code, output, _) = CliRunner.Run("import", folder, "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("0 imported (0 rows), 2 already imported", output, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_truncated_llms_json_exits_2_with_one_line_and_leaves_the_store_unchanged()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.File("artificial-analysis-oolong/2026-04-10/llms.json"), "--db", Db).Code);
        var before = CliRunner.Run("metrics", "--db", Db, "--format", "json").Out;
        var bytes = File.ReadAllBytes(SharedData.File("artificial-analysis-oolong/2026-05-10/llms.json"));
        var bad = _dir.File("llms.json");
        File.WriteAllBytes(bad, bytes[..(bytes.Length / 3)]);

        var (code, _, err) = CliRunner.Run("import", bad, "--db", Db);

        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Cannot read 'llms.json' line", line, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.Run("metrics", "--db", Db, "--format", "json").Out);
    }

    public void Dispose() => _dir.Dispose();
}
