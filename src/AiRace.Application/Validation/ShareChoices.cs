using AiRace.Core.Adoption;
using AiRace.Core.Usage;

namespace AiRace.Application.Validation;

/// <summary>The names of the adoption and usage choices, as every front end spells them.</summary>
public static class ShareChoices
{
    public static IReadOnlyList<(string Name, AdoptionGrouping Value)> AdoptionGroupings { get; } =
        [("country", AdoptionGrouping.Country), ("lab", AdoptionGrouping.Lab), ("family", AdoptionGrouping.Family)];

    public static IReadOnlyList<(string Name, UsageGrouping Value)> UsageGroupings { get; } =
        [("country", UsageGrouping.Country), ("lab", UsageGrouping.Lab), ("openness", UsageGrouping.Openness), ("model", UsageGrouping.Model)];

    public static IReadOnlyList<(string Name, UsageDenominator Value)> Denominators { get; } =
        [("listed", UsageDenominator.Listed), ("all", UsageDenominator.All)];

    public static IReadOnlyList<(string Name, FreeMode Value)> FreeModes { get; } =
        [("merged", FreeMode.Merged), ("separate", FreeMode.Separate), ("excluded", FreeMode.Excluded)];
}
