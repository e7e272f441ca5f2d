using AiRace.Core.Domain;

namespace AiRace.Sources;

public static partial class KnownMetrics
{
    public static Metric HfDownloads30d { get; } = new(
        "hf-downloads-30d", "Hugging Face downloads (30 days)", MetricKind.Snapshot, true, "downloads",
        "Downloads of a tracked lab's Hugging Face Hub repository over the 30 days before each snapshot, as the Hub reports them.");

    public static Metric HfDownloadsAllTime { get; } = new(
        "hf-downloads-all-time", "Hugging Face downloads (all time)", MetricKind.Snapshot, true, "downloads",
        "All-time downloads of a tracked lab's Hugging Face Hub repository, as the Hub reports them on each snapshot date.");

    public static Metric HfLikes { get; } = new(
        "hf-likes", "Hugging Face likes", MetricKind.Snapshot, true, "likes",
        "Likes of a tracked lab's Hugging Face Hub repository on each snapshot date.");

    public static Metric HfDerivatives { get; } = new(
        "hf-derivatives", "Hugging Face derivatives", MetricKind.Snapshot, true, "repositories",
        "Distinct Hub repositories tagged base_model:<relation>:<model> (finetune, adapter, quantized or merge) for a tracked base model on each snapshot date.");

    public static Metric OpenRouterPromptPrice { get; } = new(
        "openrouter-prompt-price", "OpenRouter prompt price", MetricKind.Snapshot, false, "USD per 1M tokens",
        "OpenRouter's listed price for one million prompt (input) tokens on each snapshot date.");

    public static Metric OpenRouterCompletionPrice { get; } = new(
        "openrouter-completion-price", "OpenRouter completion price", MetricKind.Snapshot, false, "USD per 1M tokens",
        "OpenRouter's listed price for one million completion (output) tokens on each snapshot date.");

    public static Metric OpenRouterDailyTokens { get; } = new(
        "openrouter-daily-tokens", "OpenRouter daily tokens", MetricKind.Snapshot, true, "tokens",
        "Prompt plus completion tokens of a model on OpenRouter on one UTC day (Data API rankings: the top 50 models and an 'other' row).");
}
