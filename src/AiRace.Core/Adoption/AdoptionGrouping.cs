namespace AiRace.Core.Adoption;

/// <summary>How adoption figures group repositories: by their family root's country, lab, or family.</summary>
public enum AdoptionGrouping
{
    Country,
    Lab,
    Family,
}
