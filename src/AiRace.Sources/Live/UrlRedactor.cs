namespace AiRace.Sources.Live;

/// <summary>Removes credentials from a URL before it is stored or shown: user info, and query parameters that carry keys or tokens.</summary>
public static class UrlRedactor
{
    private static readonly HashSet<string> SecretParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "key", "api_key", "apikey", "api-key", "x-api-key", "token", "access_token", "auth", "authorization",
        "password", "secret", "signature", "sig", "hf_token", "client_secret",
    };

    /// <summary>The URL without user info and without secret-bearing query parameters (their names end in <c>_key</c>/<c>_token</c> or are well-known).</summary>
    public static string Redact(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        var query = uri.Query.TrimStart('?');
        var parts = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        var kept = parts.Where(p => !IsSecret(Uri.UnescapeDataString(p.Split('=', 2)[0]))).ToList();
        if (kept.Count == parts.Length && uri.UserInfo.Length == 0)
        {
            return url;
        }

        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Query = string.Join('&', kept) };
        return builder.Uri.AbsoluteUri;
    }

    private static bool IsSecret(string name) =>
        SecretParameters.Contains(name) ||
        name.EndsWith("_key", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith("_token", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith("-key", StringComparison.OrdinalIgnoreCase);
}
