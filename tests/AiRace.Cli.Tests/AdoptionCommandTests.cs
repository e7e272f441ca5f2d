using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class AdoptionCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    [RealDataFact]
    public void Derivatives_by_family_give_qwen_and_llama_with_their_counts_and_relations()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.Folder("open-llm-leaderboard-fboulnois"), "--db", Db).Code);

        var (code, output, err) = CliRunner.Run("adoption", "--by", "family", "--measure", "derivatives", "--format", "json", "--db", Db);

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("derivatives", root.GetProperty("measure").GetString());
        Assert.Contains("Open LLM Leaderboard only", root.GetProperty("definition").GetString(), StringComparison.Ordinal);
        var point = Assert.Single(root.GetProperty("points").EnumerateArray().ToList());
        Assert.Equal("2025-03-13", point.GetProperty("date").GetString());
        // Recomputed with python3 from huggingface_v2.csv, model-families.csv and the hf_namespaces of organizations.csv
        // (first row per model_name; follow metadata_base_model to the root; a root under Qwen/, or a root of no known lab
        // named qwen*/qwq*, or an unfollowable derivative named so, is Qwen; likewise meta-llama/ and llama*/codellama* for
        // Llama): 3280 derivatives; Qwen 515 (finetune 234, merge 208, missing 66, adapter 6, unknown 1); Llama 431.
        Assert.Equal(3280, point.GetProperty("total").GetDouble());
        var values = point.GetProperty("values");
        Assert.Equal(515, values.GetProperty("Qwen").GetDouble());
        Assert.Equal(431, values.GetProperty("Llama").GetDouble());
        var qwen = point.GetProperty("breakdown").GetProperty("Qwen");
        Assert.Equal((234L, 208L, 66L, 6L, 1L), (qwen.GetProperty("finetune").GetInt64(), qwen.GetProperty("merge").GetInt64(), qwen.GetProperty("missing").GetInt64(), qwen.GetProperty("adapter").GetInt64(), qwen.GetProperty("unknown").GetInt64()));
    }

    [Fact]
    public void At_and_a_range_together_are_refused()
    {
        // An existing (empty) store: a missing one is refused first, before the options are read.
        AiRace.Store.AiRaceStore.Open(Db).Dispose();
        var (code, _, err) = CliRunner.Run("adoption", "--at", "2026-03-08", "--from", "2026-01-01", "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("--at", err, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_measure_no_imported_source_has_says_what_it_needs()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.File("hf-trending-park-onezero/2026-03-08/trending_cache.json"), "--db", Db).Code);

        var (code, _, err) = CliRunner.Run("adoption", "--measure", "derivatives", "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("base_model lineage", err, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Trending_slots_by_lab_over_two_snapshots_are_a_table_with_the_definition()
    {
        foreach (var day in new[] { "2026-03-08", "2026-03-14" })
        {
            Assert.Equal(0, CliRunner.Run("import", SharedData.File($"hf-trending-park-onezero/{day}/trending_cache.json"), "--db", Db).Code);
        }

        var (code, output, _) = CliRunner.Run("adoption", "--by", "lab", "--measure", "models", "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("top 10 only", output, StringComparison.Ordinal);
        Assert.Contains("2026-03-14", output, StringComparison.Ordinal);
        Assert.Contains("Alibaba", output, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
