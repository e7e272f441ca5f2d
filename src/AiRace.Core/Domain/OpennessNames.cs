namespace AiRace.Core.Domain;

/// <summary>The stable text names of <see cref="Openness"/>: <c>open</c>, <c>closed</c>, <c>unknown</c>.</summary>
public static class OpennessNames
{
    public static string ToName(Openness openness) => openness switch
    {
        Openness.Open => "open",
        Openness.Closed => "closed",
        _ => "unknown",
    };

    public static Openness Parse(string? name) => name switch
    {
        "open" => Openness.Open,
        "closed" => Openness.Closed,
        _ => Openness.Unknown,
    };
}
