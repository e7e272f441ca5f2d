namespace AiRace.Core.Adoption;

/// <summary>Where following a repository's <c>base_model</c> chain ends.</summary>
public enum LineageStatus
{
    /// <summary>The repository has no base: it is its own family root.</summary>
    Original,

    /// <summary>The chain ends at a root repository.</summary>
    Derived,

    /// <summary>The chain reaches a derivative whose base is not known (removed, or not named): no root.</summary>
    MissingLink,

    /// <summary>The chain loops back on itself: the family is unknown.</summary>
    Cycle,
}
