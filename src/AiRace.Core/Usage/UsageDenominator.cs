namespace AiRace.Core.Usage;

/// <summary>What usage shares divide by.</summary>
public enum UsageDenominator
{
    /// <summary>The tokens of the models the source lists that week (its top N).</summary>
    Listed,

    /// <summary>All tokens of the week, when the source gives a total or an "other models" row.</summary>
    All,
}
