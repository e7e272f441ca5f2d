namespace AiRace.Core.Domain;

/// <summary>The stable text names of <see cref="MetricKind"/> used in the store and in JSON.</summary>
public static class MetricKindNames
{
    public static string ToName(MetricKind kind) => kind == MetricKind.Snapshot ? "snapshot" : "release-dated";

    public static MetricKind Parse(string name) => name switch
    {
        "snapshot" => MetricKind.Snapshot,
        "release-dated" => MetricKind.ReleaseDated,
        _ => throw new AiRaceException(ErrorKind.BadData, $"Unknown metric kind '{name}': expected 'snapshot' or 'release-dated'."),
    };
}
