namespace AiRace.Core.Usage;

/// <summary>What to do with free routes (<c>:free</c> slugs).</summary>
public enum FreeMode
{
    /// <summary>Counted with their model (the default).</summary>
    Merged,

    /// <summary>Kept apart as their own groups (<c>CN (free)</c>, <c>deepseek/deepseek-r1:free</c>).</summary>
    Separate,

    /// <summary>Left out of the values and of the denominator.</summary>
    Excluded,
}
