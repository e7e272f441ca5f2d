using AiRace.Core.Domain;

namespace AiRace.Sources;

/// <summary>Metrics read from Epoch AI files, besides <see cref="KnownMetrics.EpochEci"/>.</summary>
public static class EpochMetrics
{
    /// <summary>Training compute of each model in Epoch's catalogs, dated by publication: the compute frontier.</summary>
    public static Metric TrainingCompute { get; } = new(
        "epoch-training-compute", "Epoch training compute", MetricKind.ReleaseDated, true, "FLOP",
        "Training compute (FLOP) Epoch AI estimates for each model in its notable-models and ML-systems catalogs, dated by the model's publication date.");

    /// <summary>
    /// A column of Epoch's <c>China benchmark data.csv</c>, such as <c>epoch-china-mmlu</c>. Scores keep the file's scale:
    /// <paramref name="unit"/> is <c>fraction (0-1)</c> for MMLU, BBH and GPQA and <c>percent (0-100)</c> for the others.
    /// </summary>
    public static Metric ChinaBenchmark(string column, string unit) => new(
        $"epoch-china-{ModelKeys.Normalize(column)}", $"{column} (Epoch China benchmarks)", MetricKind.ReleaseDated, true, unit,
        $"{column} score of each model in Epoch AI's China benchmark table (china-ai-trends), dated by the model's publication date.");

    /// <summary>One task of Epoch's own evaluation runs (<c>benchmarks_runs.csv</c>), such as <c>epoch-gpqa-diamond</c>.</summary>
    public static Metric BenchmarkRun(string task) => new(
        $"epoch-{ModelKeys.Normalize(task)}", $"{task} (Epoch AI runs)", MetricKind.ReleaseDated, true, "fraction (0-1)",
        $"Best score across scorers of Epoch AI's own '{task}' run of each model version, dated by the version's release date.");
}
