namespace AiRace.Core.Analysis;

/// <summary>What a <see cref="GroupSpec"/> selects on.</summary>
public enum GroupKind
{
    Country,
    Openness,
    Lab,
}
