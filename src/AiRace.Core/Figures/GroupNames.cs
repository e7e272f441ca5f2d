namespace AiRace.Core.Figures;

/// <summary>The reserved group names of share figures.</summary>
public static class GroupNames
{
    /// <summary>Rows no rule attributes (no lab, no country, no family): counted, never guessed.</summary>
    public const string Unresolved = "unresolved";

    /// <summary>Groups beyond the top N, summed.</summary>
    public const string Other = "other";

    /// <summary>Openness not known.</summary>
    public const string Unknown = "unknown";

    /// <summary>True for the reserved names, which never take part in crossings.</summary>
    public static bool IsReserved(string group) => group is Unresolved or Other or Unknown;
}
