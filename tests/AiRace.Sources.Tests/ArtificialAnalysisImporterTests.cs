using AiRace.Core.Domain;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class ArtificialAnalysisImporterTests
{
    // Reference values of the shared-data README, re-checked with python3's json module (best
    // artificial_analysis_intelligence_index by creator.country, all entries of that file).
    [RealDataTheory]
    [InlineData("2026-04-10", 57.2, 51.4)]
    [InlineData("2026-05-10", 60.2, 53.9)]
    [InlineData("2026-06-10", 64.9, 56.6)]
    public void Best_intelligence_index_us_vs_china_matches_each_snapshot(string folder, double us, double cn)
    {
        var (_, batch) = SharedFileImport.Read($"artificial-analysis-oolong/{folder}/llms.json");

        Assert.Equal(us, SharedFileImport.BestOf(batch, "aa-intelligence-index", "US").Score, 1);
        Assert.Equal(cn, SharedFileImport.BestOf(batch, "aa-intelligence-index", "CN").Score, 1);
    }

    // python3 per file: entries; numeric non-flag evaluation values on entries with a release_date; intelligence-index values
    // among them; huggingface_url starting https://huggingface.co/; openrouter_api_id filled; is_open_weights true.
    [RealDataTheory]
    [InlineData("2026-04-10", 445, 5_491, 437, 254, 266, 257)]
    [InlineData("2026-05-10", 485, 6_099, 476, 281, 273, 284)]
    [InlineData("2026-06-10", 500, 6_386, 491, 287, 277, 291)]
    public void Every_entry_is_a_model_and_every_numeric_evaluation_an_observation(
        string folder, int models, int observations, int index, int hub, int openRouter, int open)
    {
        var (importer, batch) = SharedFileImport.Read($"artificial-analysis-oolong/{folder}/llms.json");

        Assert.IsType<Files.ArtificialAnalysisImporter>(importer);
        Assert.Equal(models, batch.Models.Count);
        Assert.Equal(observations, batch.Observations.Count);
        Assert.Equal(index, batch.Observations.Count(o => o.MetricId == "aa-intelligence-index"));
        Assert.Equal(hub, batch.Models.Count(m => m.HuggingFaceId is not null));
        Assert.Equal(openRouter, batch.Models.Count(m => m.OpenRouterId is not null));
        Assert.Equal(open, batch.Models.Count(m => m.Openness == Openness.Open));
        Assert.Equal(models - open, batch.Models.Count(m => m.Openness == Openness.Closed));
        Assert.All(batch.Metrics, m => Assert.Equal(MetricKind.ReleaseDated, m.Kind));
        Assert.DoesNotContain(batch.Metrics, m => m.Id.Contains("estimated", StringComparison.Ordinal));
        Assert.Contains("Artificial Analysis", batch.Attribution, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_model_carries_creator_country_join_ids_and_release_date()
    {
        var (_, batch) = SharedFileImport.Read("artificial-analysis-oolong/2026-06-10/llms.json");

        // The file's entry: slug glm-4-5v, creator Z AI (cn), released 2025-08-11, open weights,
        // huggingface_url https://huggingface.co/zai-org/GLM-4.5V, openrouter_api_id z-ai/glm-4.5v.
        var glm = batch.Models.Single(m => m.Key == "aa:glm-4-5v");
        Assert.Equal(
            ("Z AI", "CN", new DateOnly(2025, 8, 11), Openness.Open, "zai-org/GLM-4.5V", "z-ai/glm-4.5v"),
            (glm.Organization, glm.SourceCountry, glm.ReleaseDate, glm.Openness, glm.HuggingFaceId, glm.OpenRouterId));
        Assert.Contains(batch.Observations, o => o.ModelKey == "aa:glm-4-5v" && o.MetricId == "aa-gpqa" && o.Date == glm.ReleaseDate);
    }

    [Theory]
    [InlineData("artificial_analysis_intelligence_index", "aa-intelligence-index")]
    [InlineData("artificial_analysis_coding_index", "aa-coding-index")]
    [InlineData("gpqa", "aa-gpqa")]
    [InlineData("hle", "aa-hle")]
    [InlineData("aa_lcr", "aa-lcr")]
    [InlineData("tau2_bench", "aa-tau2-bench")]
    public void Evaluation_fields_map_to_aa_metric_ids(string field, string id) =>
        Assert.Equal(id, ArtificialAnalysisMetrics.ForEvaluation(field).Id);
}
