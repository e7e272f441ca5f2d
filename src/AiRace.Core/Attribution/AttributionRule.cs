namespace AiRace.Core.Attribution;

/// <summary>Which step of the attribution policy gave a model its country, in the order the policy tries them.</summary>
public enum AttributionRule
{
    /// <summary>The user's <c>--attribution</c> CSV.</summary>
    Override,

    /// <summary>The source's own country field (Artificial Analysis <c>creator.country</c>, Epoch's single-country rows).</summary>
    Source,

    /// <summary>AiRace's bundled, hand-curated organizations table.</summary>
    Bundled,

    /// <summary>An imported Epoch AI organizations table.</summary>
    Epoch,

    /// <summary>No rule applied; the model is left out of country groups and counted.</summary>
    Unresolved,
}
