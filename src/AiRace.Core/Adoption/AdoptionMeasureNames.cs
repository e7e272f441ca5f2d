namespace AiRace.Core.Adoption;

/// <summary>The command-line and JSON names of <see cref="AdoptionMeasure"/>.</summary>
public static class AdoptionMeasureNames
{
    public static IReadOnlyList<string> All { get; } =
        ["downloads", "downloads-all-time", "likes", "models", "derivatives", "new-derivative-share"];

    public static string ToName(AdoptionMeasure measure) => measure switch
    {
        AdoptionMeasure.Downloads => "downloads",
        AdoptionMeasure.DownloadsAllTime => "downloads-all-time",
        AdoptionMeasure.Likes => "likes",
        AdoptionMeasure.Models => "models",
        AdoptionMeasure.Derivatives => "derivatives",
        _ => "new-derivative-share",
    };

    public static AdoptionMeasure Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "downloads" => AdoptionMeasure.Downloads,
        "downloads-all-time" => AdoptionMeasure.DownloadsAllTime,
        "likes" => AdoptionMeasure.Likes,
        "models" => AdoptionMeasure.Models,
        "derivatives" => AdoptionMeasure.Derivatives,
        "new-derivative-share" => AdoptionMeasure.NewDerivativeShare,
        _ => throw new AiRaceException(ErrorKind.Usage, $"Unknown measure '{name}': use one of {string.Join(", ", All)}."),
    };
}
