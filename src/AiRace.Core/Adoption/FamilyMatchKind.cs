namespace AiRace.Core.Adoption;

/// <summary>How a root repository got its family.</summary>
public enum FamilyMatchKind
{
    /// <summary>Its id starts with one of a family's repository prefixes (<c>Qwen/</c>): the lab's own repository.</summary>
    Repository,

    /// <summary>No family rule, but its owner is a known lab's Hub namespace: the family is the repository itself.</summary>
    LabRepository,

    /// <summary>Its owner is no known lab, and its name starts with a family's name prefix: a re-upload, attributed by name.</summary>
    Name,

    /// <summary>Nothing matched: the family is the repository itself, and its lab is unresolved.</summary>
    None,
}
