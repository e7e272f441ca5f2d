namespace AiRace.Core.Adoption;

/// <summary>An adoption figure request: grouping, measure, and the date (<paramref name="At"/>) or range; <paramref name="Top"/> groups kept (0 = all).</summary>
public sealed record AdoptionSelection(
    AdoptionGrouping By,
    AdoptionMeasure Measure,
    DateOnly? At = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Top = 15);
