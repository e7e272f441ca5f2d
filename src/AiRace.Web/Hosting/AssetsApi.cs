using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AiRace.Web.Hosting;

/// <summary>The dashboard's one asset, its style sheet (served by the app: the pages work offline, no CDN).</summary>
internal static class AssetsApi
{
    private static readonly string Css = ReadCss();

    public static IEndpointRouteBuilder MapAssetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/site.css", Style);
        return app;
    }

    public static ContentHttpResult Style(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Content(Css, "text/css; charset=utf-8");
    }

    private static string ReadCss()
    {
        using var stream = typeof(AssetsApi).Assembly.GetManifestResourceStream("AiRace.Web.site.css")
            ?? throw new InvalidOperationException("The embedded style sheet AiRace.Web.site.css is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
