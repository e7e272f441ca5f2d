namespace AiRace.Core.Usage;

/// <summary>How usage figures group models: by country, lab, openness, or model (base slug).</summary>
public enum UsageGrouping
{
    Country,
    Lab,
    Openness,
    Model,
}
