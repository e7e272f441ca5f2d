using AiRace.Core.Domain;

namespace AiRace.Sources.Starter;

/// <summary>The metrics of the bundled starter dataset: published benchmark scores, dated by each model's release.</summary>
public static class StarterMetrics
{
    public static Metric GpqaDiamond { get; } = new(
        "starter-gpqa-diamond", "GPQA Diamond (starter data)", MetricKind.ReleaseDated, true, "%",
        "GPQA Diamond accuracy (%) as published by each model's developer, dated by the model's release date. Hand-curated starter data.");

    public static Metric Mmlu { get; } = new(
        "starter-mmlu", "MMLU (starter data)", MetricKind.ReleaseDated, true, "%",
        "MMLU accuracy (%) as published by each model's developer, dated by the model's release date. Hand-curated starter data.");

    public static Metric MmluPro { get; } = new(
        "starter-mmlu-pro", "MMLU-Pro (starter data)", MetricKind.ReleaseDated, true, "%",
        "MMLU-Pro accuracy (%) as published by each model's developer, dated by the model's release date. Hand-curated starter data.");

    /// <summary>Every starter metric.</summary>
    public static IReadOnlyList<Metric> All { get; } = [GpqaDiamond, Mmlu, MmluPro];
}
