using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiRace.Web.Components;

/// <summary>
/// Renders a Razor component to an HTML string on the server with ASP.NET Core's <see cref="HtmlRenderer"/> (static
/// rendering: no Blazor script, no interactivity). It encodes with the app's <c>HtmlEncoder</c> (every script's letters kept).
/// </summary>
internal static class PageRenderer
{
    public static async Task<string> RenderAsync(HttpContext http, Type component, IDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(http);
        var services = http.RequestServices;
        var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        await using (renderer.ConfigureAwait(false))
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
                return output.ToHtmlString();
            }).ConfigureAwait(false);
        }
    }
}
