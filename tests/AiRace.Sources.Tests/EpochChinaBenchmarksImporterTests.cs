using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class EpochChinaBenchmarksImporterTests
{
    private const string File = "epoch-china-ai-trends/China benchmark data.csv";

    // python3 csv on the file (CRLF): 138 systems, `China` = "y" on 32 and blank on the rest; one row has no Date.
    // Filled scores on dated rows: MMLU 107, BBH 79, GPQA 48, MMLU Pro 3, MATH 10, HumanEval 7, GSM8k 11, Chatbot Arena 0.
    [RealDataTheory]
    [InlineData("epoch-china-mmlu", 107, "fraction (0-1)")]
    [InlineData("epoch-china-bbh", 79, "fraction (0-1)")]
    [InlineData("epoch-china-gpqa", 48, "fraction (0-1)")]
    [InlineData("epoch-china-mmlu-pro", 3, "percent (0-100)")]
    [InlineData("epoch-china-math", 10, "percent (0-100)")]
    [InlineData("epoch-china-humaneval", 7, "percent (0-100)")]
    [InlineData("epoch-china-gsm8k", 11, "percent (0-100)")]
    public void Each_benchmark_column_is_a_metric_with_its_unit(string metric, int observations, string unit)
    {
        var (_, batch) = SharedFileImport.Read(File);

        Assert.Equal(observations, batch.Observations.Count(o => o.MetricId == metric));
        Assert.Equal(unit, batch.Metrics.Single(m => m.Id == metric).Unit);
    }

    [RealDataFact]
    public void Every_system_is_a_model_and_the_China_flag_is_the_source_country()
    {
        var (importer, batch) = SharedFileImport.Read(File);

        Assert.IsType<Files.EpochChinaBenchmarksImporter>(importer);
        Assert.Equal(138, batch.Models.Count);
        Assert.Equal(32, batch.Models.Count(m => m.SourceCountry == "CN"));
        Assert.Equal(106, batch.Models.Count(m => m.SourceCountry is null));
        Assert.DoesNotContain(batch.Metrics, m => m.Id == "epoch-china-chatbot-arena");
    }

    [RealDataFact]
    public void Best_GPQA_in_and_outside_China_and_the_annotated_GSM8k_score()
    {
        var (_, batch) = SharedFileImport.Read(File);

        // python3: best China GPQA is Qwen2.5 (0.459); best elsewhere o1 preview (0.697); Yi-34B's GSM8k is "76 (4-shot)".
        var cn = SharedFileImport.BestOf(batch, "epoch-china-gpqa", "CN");
        Assert.Equal(("qwen2.5", 0.459), (cn.ModelKey, cn.Score));
        Assert.Equal(0.697, batch.Observations.Where(o => o.MetricId == "epoch-china-gpqa").Max(o => o.Score));
        Assert.Equal(76, batch.Observations.Single(o => o.MetricId == "epoch-china-gsm8k" && o.ModelKey == "yi-34b").Score);
    }
}
