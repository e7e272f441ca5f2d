namespace AiRace.Sources.Live;

/// <summary>What a response body must be; a different content type (an HTML error page, say) fails the run.</summary>
public enum BodyKind
{
    Json,
    Csv,
    Binary,
}
