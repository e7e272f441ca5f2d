using AiRace.Core;
using AiRace.Web.Components;
using AiRace.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Http;

/// <summary>Maps a <see cref="DashboardPage{T}"/> to its three routes: the HTML page, its <c>.json</c> twin and (with a table) its <c>.csv</c> twin.</summary>
internal static class PageEndpoints
{
    public const string HtmlType = "text/html; charset=utf-8";
    public const string CsvType = "text/csv; charset=utf-8";
    /// <summary>The only methods any route answers: the dashboard never writes.</summary>
    public static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public const string JsonType = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapPage<T>(this IEndpointRouteBuilder app, DashboardPage<T> page)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!typeof(PageComponent<T>).IsAssignableFrom(page.Component))
        {
            throw new InvalidOperationException($"Page {page.Route}: its component {page.Component.Name} must derive from PageComponent<{typeof(T).Name}>.");
        }

        var twin = page.Route == "/" ? "/index" : page.Route;
        app.MapMethods(page.Route, ReadMethods, (HttpContext http, DashboardStore store) => Html(http, store, page));
        app.MapMethods(twin + ".json", ReadMethods, (HttpContext http, DashboardStore store) => Json(http, store, page));
        if (page.Csv is not null)
        {
            app.MapMethods(twin + ".csv", ReadMethods, (HttpContext http, DashboardStore store) => Csv(http, store, page));
        }

        return app;
    }

    /// <summary>
    /// The page rendered by its Razor component, with a <c>Link</c> header to its twins. An error is the problem, or, when the
    /// client asks for HTML (a browser), an HTML page with the same status, the error's message and a link home.
    /// </summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Html<T>(HttpContext http, DashboardStore store, DashboardPage<T> page)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            var (request, result) = Run(http, store, page);
            var links = new List<string> { $"<{request.Twin(".json")}>; rel=\"alternate\"; type=\"application/json\"" };
            if (page.Csv is not null)
            {
                links.Add($"<{request.Twin(".csv")}>; rel=\"alternate\"; type=\"text/csv\"");
            }

            http.Response.Headers.Link = string.Join(", ", links);
            var html = await PageRenderer.RenderAsync(http, page.Component, new Dictionary<string, object?>
            {
                [nameof(PageComponent<T>.Request)] = request,
                [nameof(PageComponent<T>.View)] = result,
                [nameof(PageComponent<T>.HasCsv)] = page.Csv is not null,
            }).ConfigureAwait(false);
            return TypedResults.Content(html, HtmlType);
        }
        catch (AiRaceException ex)
        {
            http.Response.Headers.Remove("Link");
            return AcceptsHtml(http.Request.GetTypedHeaders())
                ? await ErrorPage(http, ex).ConfigureAwait(false)
                : Problems.From(ex, http);
        }
    }

    private static bool AcceptsHtml(RequestHeaders headers) =>
        headers.Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static async Task<ContentHttpResult> ErrorPage(HttpContext http, AiRaceException ex)
    {
        var status = Problems.Status(ex);
        var html = await PageRenderer.RenderAsync(http, typeof(ErrorPage), new Dictionary<string, object?>
        {
            [nameof(Components.ErrorPage.Request)] = PageRequest.ForError(http, PagePath(http.Request.Path.Value ?? "/")),
            [nameof(Components.ErrorPage.Title)] = Problems.Title(status),
            [nameof(Components.ErrorPage.Message)] = ex.Message,
        }).ConfigureAwait(false);
        return TypedResults.Content(html, HtmlType, statusCode: status);
    }

    /// <summary>The result in the one JSON policy (<see cref="JsonBytes"/>: written once per cached result).</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> Json<T>(HttpContext http, DashboardStore store, DashboardPage<T> page)
        where T : notnull
    {
        try
        {
            return TypedResults.Bytes(JsonBytes.Of(Run(http, store, page).Result), JsonType);
        }
        catch (AiRaceException ex)
        {
            return Problems.From(ex, http);
        }
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Csv<T>(HttpContext http, DashboardStore store, DashboardPage<T> page)
        where T : notnull
    {
        try
        {
            return TypedResults.Content(page.Csv!(Run(http, store, page).Result).Write(), CsvType);
        }
        catch (AiRaceException ex)
        {
            return Problems.From(ex, http);
        }
    }

    private static (PageRequest Request, T Result) Run<T>(HttpContext http, DashboardStore store, DashboardPage<T> page)
        where T : notnull
    {
        var request = PageRequest.Of(http, PagePath(http.Request.Path.Value ?? "/"));
        return (request, store.Get(request.Key(page.Worded), s => page.Query(request, s)));
    }

    /// <summary>The page a path belongs to: its extension removed, <c>/index</c> read as <c>/</c>.</summary>
    private static string PagePath(string path)
    {
        foreach (var ext in new[] { ".json", ".csv" })
        {
            if (path.EndsWith(ext, StringComparison.Ordinal))
            {
                path = path[..^ext.Length];
            }
        }

        return path is "/index" or "" ? "/" : path;
    }
}
