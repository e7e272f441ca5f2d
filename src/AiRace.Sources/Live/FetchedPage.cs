namespace AiRace.Sources.Live;

/// <summary>
/// One response as a connector and its deriver see it: the URL (secrets removed), status, content type, the body
/// (for a 304, the archived body it confirmed), and the next page named by a <c>Link</c> header, if any.
/// </summary>
public sealed record FetchedPage(string Url, int Status, string? ContentType, ReadOnlyMemory<byte> Body, string? NextUrl, bool NotModified)
{
    /// <summary>The body as a read-only stream.</summary>
    public Stream OpenBody() => new MemoryStream(Body.ToArray(), writable: false);
}
