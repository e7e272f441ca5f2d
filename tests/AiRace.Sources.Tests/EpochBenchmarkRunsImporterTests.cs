using AiRace.Testing;

namespace AiRace.Sources.Tests;

public sealed class EpochBenchmarkRunsImporterTests
{
    private const string File = "epoch-benchmark-stitching/benchmarks_runs.csv";

    // python3 csv on benchmarks_runs.csv and model_versions.csv: 541 runs over 8 tasks, every model joins model_versions;
    // 3 runs (claude-sonnet-4-5-20250929_59K) have no Version release date; 2 (task, model) pairs were run twice.
    // So 541 - 3 - 2 = 536 observations.
    [RealDataFact]
    public void Runs_are_dated_by_release_and_undated_or_repeated_runs_are_counted_in_notes()
    {
        var (importer, batch) = SharedFileImport.Read(File);

        Assert.IsType<Files.EpochBenchmarkRunsImporter>(importer);
        Assert.Equal(536, batch.Observations.Count);
        Assert.Equal(8, batch.Metrics.Count);
        Assert.Contains(batch.Metrics, m => m.Id == "epoch-gpqa-diamond");
        Assert.Contains(batch.Notes, n => n.StartsWith("runs skipped: 3 ", StringComparison.Ordinal));
        Assert.DoesNotContain(batch.Observations, o => o.ModelKey == "claude-sonnet-4-5-20250929-59k");
    }

    [RealDataFact]
    public void A_task_run_twice_keeps_the_latest_run()
    {
        var (_, batch) = SharedFileImport.Read(File);

        // FrontierMath-2025-02-28-Private on gemini-2.5-pro: 0.110 (3 July 2025), then 0.121 (13 November 2025).
        var run = batch.Observations.Single(o => o.MetricId == "epoch-frontiermath-2025-02-28-private" && o.ModelKey == "gemini-2.5-pro");
        Assert.Equal(0.121, run.Score);
    }

    [RealDataFact]
    public void The_first_run_has_its_model_versions_release_date()
    {
        var (_, batch) = SharedFileImport.Read(File);

        // First row: GPQA diamond, gpt-5.1_medium, 0.850; model_versions.csv dates gpt-5.1_medium to 2025-11-13.
        var run = batch.Observations.Single(o => o.MetricId == "epoch-gpqa-diamond" && o.ModelKey == "gpt-5.1-medium");
        Assert.Equal((0.85, new DateOnly(2025, 11, 13)), (run.Score, run.Date));
    }
}
