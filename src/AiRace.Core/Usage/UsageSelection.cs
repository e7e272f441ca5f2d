namespace AiRace.Core.Usage;

/// <summary>A usage figure request: grouping, free-route handling, denominator, week range, top N groups kept (0 = all).</summary>
public sealed record UsageSelection(
    UsageGrouping By,
    FreeMode Free = FreeMode.Merged,
    UsageDenominator Denominator = UsageDenominator.Listed,
    DateOnly? From = null,
    DateOnly? To = null,
    int Top = 0);
