namespace AiRace.Core.Claims;

/// <summary>What the data in the store says about a claim.</summary>
public enum ClaimVerdict
{
    /// <summary>The data supports the claim on every measure it names.</summary>
    Supported,

    /// <summary>The data contradicts the claim on every measure it names.</summary>
    Contradicted,

    /// <summary>Some measures support the claim and some do not.</summary>
    Mixed,

    /// <summary>The store has no data that can test the claim (or no validated figure for it).</summary>
    NotMeasurable,
}
