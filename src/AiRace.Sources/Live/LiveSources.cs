using AiRace.Sources.Live.ArtificialAnalysis;
using AiRace.Sources.Live.Epoch;
using AiRace.Sources.Live.HuggingFace;
using AiRace.Sources.Live.LmArena;
using AiRace.Sources.Live.OpenRouter;

namespace AiRace.Sources.Live;

/// <summary>The registry of live sources, in the order <c>airace update</c> runs them.</summary>
internal static class LiveSources
{
    public static IReadOnlyList<ILiveSource> All { get; } =
    [
        new HubSource(),
        new OpenRouterModelsSource(),
        new OpenRouterRankingsSource(),
        new LmArenaSource(),
        new EpochSource(),
        new ArtificialAnalysisSource(),
    ];

    public static ILiveSource? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The source whose imports have this kind (for rebuild).</summary>
    public static ILiveSource? ByKind(string kind) => All.FirstOrDefault(s => s.Kind == kind);
}
