namespace AiRace.Core.Adoption;

/// <summary>Names of <see cref="HubSourceKind"/> for the command line, and the mapping from importer kinds.</summary>
public static class HubSourceKindNames
{
    public static IReadOnlyList<string> All { get; } = ["listing", "trending", "leaderboard"];

    public static string ToName(HubSourceKind kind) => kind switch
    {
        HubSourceKind.Trending => "trending",
        HubSourceKind.Leaderboard => "leaderboard",
        _ => "listing",
    };

    public static HubSourceKind Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "listing" => HubSourceKind.Listing,
        "trending" => HubSourceKind.Trending,
        "leaderboard" => HubSourceKind.Leaderboard,
        _ => throw new AiRaceException(ErrorKind.Usage, $"Unknown Hub source '{name}': use one of {string.Join(", ", All)}."),
    };

    /// <summary>The kind of data an importer's rows are: <c>hf-trending</c> → trending, <c>open-llm-leaderboard*</c> → leaderboard, else a listing.</summary>
    public static HubSourceKind FromImporterKind(string importerKind)
    {
        ArgumentNullException.ThrowIfNull(importerKind);
        if (importerKind == "hf-trending")
        {
            return HubSourceKind.Trending;
        }

        return importerKind.StartsWith("open-llm-leaderboard", StringComparison.Ordinal) ? HubSourceKind.Leaderboard : HubSourceKind.Listing;
    }
}
