namespace AiRace.Core.Attribution;

/// <summary>Which step of the attribution policy gave a model its country, in the order the policy tries them.</summary>
public enum AttributionRule
{
    /// <summary>The user's <c>--attribution</c> CSV.</summary>
    Override,

    /// <summary>AiRace's bundled, hand-curated organizations table (a stated headquarters call with its source URL).</summary>
    Bundled,

    /// <summary>The source's own country field (Artificial Analysis <c>creator.country</c>, Epoch's single-country rows), for organizations the bundled table does not place.</summary>
    Source,

    /// <summary>An imported Epoch AI organizations table.</summary>
    Epoch,

    /// <summary>No rule applied; the model is left out of country groups and counted.</summary>
    Unresolved,
}
