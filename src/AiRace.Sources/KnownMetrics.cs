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

    /// <summary>The overall LMArena text board with style control: a separate metric, because style control changes the scores.</summary>
    public static Metric LmArenaTextStyleControl { get; } = new(
        "lmarena-text-style-control", "LMArena text (overall, style control)", MetricKind.Snapshot, true, "Elo",
        "LMArena overall text leaderboard rating with style control (length and markdown effects removed), as published on each snapshot date.");

    /// <summary>The LMArena vision board.</summary>
    public static Metric LmArenaVision { get; } = new(
        "lmarena-vision", "LMArena vision", MetricKind.Snapshot, true, "Elo",
        "LMArena vision (image input) leaderboard rating, as published on each snapshot date.");

    /// <summary>The arena.ai code board, a separate board from the text board's coding category.</summary>
    public static Metric LmArenaCode { get; } = new(
        "lmarena-code", "LMArena code", MetricKind.Snapshot, true, "Elo",
        "arena.ai (LMArena) code leaderboard rating (arena.ai/leaderboard/code), a board of its own, not the text board's coding category, in arena.ai's default view (style control on); as published on each snapshot date.");

    /// <summary>An LMArena text category with style control, such as <c>lmarena-text-style-control-coding</c>.</summary>
    public static Metric LmArenaStyleControlCategory(string category) => new(
        $"lmarena-text-style-control-{ModelKeys.Normalize(category)}", $"LMArena text ({category}, style control)", MetricKind.Snapshot, true, "Elo",
        $"LMArena text leaderboard rating in the '{category}' category with style control, as published on each snapshot date.");
}
