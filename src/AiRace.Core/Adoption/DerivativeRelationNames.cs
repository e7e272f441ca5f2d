namespace AiRace.Core.Adoption;

/// <summary>The stable text names of <see cref="DerivativeRelation"/> (the Hub's tag words): <c>finetune</c>, <c>adapter</c>, <c>quantized</c>, <c>merge</c>, <c>unknown</c>.</summary>
public static class DerivativeRelationNames
{
    /// <summary>The relation a missing lineage link is stored with: the source says there is a base, but it was removed.</summary>
    public const string Missing = "missing";

    /// <summary>Every relation name, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = ["finetune", "adapter", "quantized", "merge", "unknown"];

    public static string ToName(DerivativeRelation relation) => relation switch
    {
        DerivativeRelation.Finetune => "finetune",
        DerivativeRelation.Adapter => "adapter",
        DerivativeRelation.Quantized => "quantized",
        DerivativeRelation.Merge => "merge",
        _ => "unknown",
    };

    /// <summary>Parses a relation word; anything else (including null and <c>missing</c>) is <c>Unknown</c>.</summary>
    public static DerivativeRelation Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "finetune" => DerivativeRelation.Finetune,
        "adapter" => DerivativeRelation.Adapter,
        "quantized" => DerivativeRelation.Quantized,
        "merge" => DerivativeRelation.Merge,
        _ => DerivativeRelation.Unknown,
    };

    /// <summary>True for the four relation words the Hub uses in <c>base_model:&lt;relation&gt;:&lt;id&gt;</c> tags.</summary>
    public static bool IsHubRelation(string word) => word is "finetune" or "adapter" or "quantized" or "merge";
}
