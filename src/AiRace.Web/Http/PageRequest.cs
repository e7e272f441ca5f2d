using AiRace.Application.Text;
using AiRace.Core;
using Microsoft.AspNetCore.Http;

namespace AiRace.Web.Http;

/// <summary>
/// One request to a page or its twin: the language, the as-of date, the query string, and the canonical key of its state
/// (the path without its extension and the sorted query, language aside) under which its result is cached.
/// </summary>
public sealed class PageRequest
{
    private PageRequest(HttpContext http, string page, TextCatalog text, DateOnly? asOf)
    {
        Http = http;
        Page = page;
        Text = text;
        AsOf = asOf;
    }

    public HttpContext Http { get; }

    /// <summary>The page's path without an extension (<c>/</c>, <c>/compare</c>, <c>/metrics/lmarena-text</c>).</summary>
    public string Page { get; }

    public TextCatalog Text { get; }

    public DateOnly? AsOf { get; }

    /// <summary>The cache key of the state, language included when <paramref name="withLanguage"/> (results worded in it).</summary>
    public string Key(bool withLanguage = false) =>
        Page + "?" + string.Join('&', Http.Request.Query
            .Where(q => withLanguage || q.Key != Parameters.Lang)
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => $"{q.Key}={q.Value}"));

    /// <summary>A query parameter, trimmed; null when absent or blank.</summary>
    public string? Query(string name)
    {
        var v = Http.Request.Query[name].ToString().Trim();
        return v.Length == 0 ? null : v;
    }

    /// <summary>The request for <paramref name="page"/>: a bad <c>lang</c> or <c>as_of</c> is a usage error naming the parameter.</summary>
    internal static PageRequest Of(HttpContext http, string page)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = Inputs.About(Parameters.Lang, () => TextCatalog.For(http.Request.Query[Parameters.Lang].ToString()));
        var asOf = Inputs.Date(Parameters.AsOf, http.Request.Query[Parameters.AsOf].ToString());
        return new PageRequest(http, page, text, asOf);
    }

    /// <summary>The request for an error page about <paramref name="page"/>: a bad <c>lang</c> falls back to English, no as-of date.</summary>
    internal static PageRequest ForError(HttpContext http, string page)
    {
        ArgumentNullException.ThrowIfNull(http);
        TextCatalog text;
        try
        {
            text = TextCatalog.For(http.Request.Query[Parameters.Lang].ToString());
        }
        catch (AiRaceException)
        {
            text = TextCatalog.English;
        }

        return new PageRequest(http, page, text, null);
    }

    /// <summary>This page's URL with <paramref name="extension"/> (<c>.json</c>, <c>.csv</c>) and the same query string.</summary>
    public string Twin(string extension) => (Page == "/" ? "/index" : Page) + extension + Http.Request.QueryString;

    /// <summary>A link to <paramref name="path"/> (which may hold a query) in this request's language.</summary>
    public string Href(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Text.Code == "en" ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + Text.Code;
    }

    /// <summary>This page's URL with the parameter <paramref name="name"/> set to <paramref name="value"/> (null removes it).</summary>
    public string With(string name, string? value)
    {
        var pairs = Http.Request.Query.Where(q => q.Key != name).Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString())).ToList();
        if (value is not null)
        {
            pairs.Add(new(name, value));
        }

        return Page + QueryString.Create(pairs);
    }
}
