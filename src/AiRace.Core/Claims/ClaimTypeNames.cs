namespace AiRace.Core.Claims;

/// <summary>The names of <see cref="ClaimType"/> as written in the claims CSV (<c>claim_type</c> column).</summary>
public static class ClaimTypeNames
{
    private static readonly (ClaimType Type, string Name)[] Names =
    [
        (ClaimType.Leads, "leads"),
        (ClaimType.GapWidening, "gap-widening"),
        (ClaimType.GapNarrowed, "gap-narrowed"),
        (ClaimType.MonthsBehind, "months-behind"),
        (ClaimType.ProbabilityBelow, "probability-below"),
        (ClaimType.ShareRose, "share-rose"),
        (ClaimType.ShareLeads, "share-leads"),
        (ClaimType.Overtook, "overtook"),
        (ClaimType.CountAbove, "count-above"),
    ];

    /// <summary>Every name, for error messages.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    public static string ToName(ClaimType type) => Names.First(n => n.Type == type).Name;

    /// <summary>The type named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ClaimType? TryParse(string? name)
    {
        var t = name?.Trim();
        foreach (var (type, n) in Names)
        {
            if (string.Equals(n, t, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }
}
