using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace AiRace.Sources.Live;

/// <summary>Reads the <c>rel="next"</c> target of an RFC 8288 <c>Link</c> header (the Hub's paging).</summary>
public static partial class LinkHeader
{
    /// <summary>The absolute URL of the next page, or null when the header is absent or names no next page.</summary>
    public static string? Next(HttpResponseHeaders headers, Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return headers.TryGetValues("Link", out var values) ? Next(string.Join(',', values), requestUri) : null;
    }

    /// <summary>The absolute URL of the next page in a Link header value, or null.</summary>
    public static string? Next(string value, Uri requestUri)
    {
        foreach (Match m in LinkPattern().Matches(value))
        {
            var rels = m.Groups["rel"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rels.Contains("next", StringComparer.OrdinalIgnoreCase))
            {
                return new Uri(requestUri, m.Groups["url"].Value).AbsoluteUri;
            }
        }

        return null;
    }

    [GeneratedRegex("""<(?<url>[^>]*)>\s*(?:;[^,<]*?)?;\s*rel\s*=\s*"?(?<rel>[^";,]+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
