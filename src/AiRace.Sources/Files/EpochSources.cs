namespace AiRace.Sources.Files;

/// <summary>Epoch AI's attribution text and the public repository each Epoch file shape comes from.</summary>
internal static class EpochSources
{
    public const string BenchmarkStitching = "epoch-research/benchmark-stitching";
    public const string ChinaAiTrends = "epoch-research/china-ai-trends";
    public const string OpenModelTrends = "epoch-research/open-model-trends";
    public const string NotableCopy = "VinodGeorge24/AI_Benchmark";

    /// <summary>The credit Epoch AI asks for, naming the repository the file was taken from (when known).</summary>
    public static string Attribution(string? repository) =>
        repository is null
            ? "Epoch AI, CC BY 4.0 (epochai.org/data)"
            : $"Epoch AI, CC BY 4.0 (epochai.org/data), via {repository}";
}
