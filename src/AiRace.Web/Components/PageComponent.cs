using AiRace.Application.Text;
using AiRace.Web.Http;
using Microsoft.AspNetCore.Components;

namespace AiRace.Web.Components;

/// <summary>
/// A page of the dashboard as a Razor component (public because Razor generates public component classes): the request,
/// the page's result, and whether the page has a CSV twin. Rendered on the server to HTML by <see cref="PageRenderer"/>.
/// </summary>
/// <typeparam name="T">The page's result: what its JSON twin serializes.</typeparam>
public abstract class PageComponent<T> : ComponentBase
    where T : notnull
{
    /// <summary>The request the page answers.</summary>
    [Parameter, EditorRequired]
    public PageRequest Request { get; set; } = null!;

    /// <summary>The page's result (the object its JSON twin writes).</summary>
    [Parameter, EditorRequired]
    public T View { get; set; } = default!;

    /// <summary>True when the page has a <c>.csv</c> twin (its footer links it).</summary>
    [Parameter]
    public bool HasCsv { get; set; }

    /// <summary>The words of the request's language.</summary>
    protected TextCatalog W => Request.Text;
}
