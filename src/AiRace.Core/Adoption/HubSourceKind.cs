namespace AiRace.Core.Adoption;

/// <summary>The kinds of Hub data, which count different things and are never mixed in one figure.</summary>
public enum HubSourceKind
{
    /// <summary>An <c>/api/models</c> listing (a saved file or the live connector): the repositories that listing holds.</summary>
    Listing,

    /// <summary>The Hub's trending list: the top 10 repositories of a day only.</summary>
    Trending,

    /// <summary>The Open LLM Leaderboard: the models submitted to that leaderboard only.</summary>
    Leaderboard,
}
