using AiRace.Core.Domain;

namespace AiRace.Sources;

/// <summary>Definitions of the metrics importers produce. One id per quantity, whatever file it comes from.</summary>
public static partial class KnownMetrics
{
    public static Metric LmArenaText { get; } = new(
        "lmarena-text", "LMArena text (overall)", MetricKind.Snapshot, true, "Elo",
        "LMArena (Chatbot Arena) overall text leaderboard rating, without style control, as published on each snapshot date.");

    public static Metric EpochEci { get; } = new(
        "epoch-eci", "Epoch Capabilities Index", MetricKind.ReleaseDated, true, "ECI",
        "Epoch AI Capabilities Index score of each model version, dated by the model's release date.");

    public static Metric AaIntelligenceIndex { get; } = new(
        "aa-intelligence-index", "Artificial Analysis Intelligence Index", MetricKind.ReleaseDated, true, "index (0-100)",
        "Artificial Analysis Intelligence Index of each model, dated by the model's release date.");

    /// <summary>An LMArena text category other than the overall board, such as <c>lmarena-text-coding</c>.</summary>
    public static Metric LmArenaCategory(string category) => new(
        $"lmarena-text-{ModelKeys.Normalize(category)}", $"LMArena text ({category})", MetricKind.Snapshot, true, "Elo",
        $"LMArena text leaderboard rating in the '{category}' category, as published on each snapshot date.");
}
