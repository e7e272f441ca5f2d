using AiRace.Application;

namespace AiRace.Web.Http;

/// <summary>
/// One page of the dashboard: the query it runs (through the application layer), how its result reads as HTML, and the
/// table of its CSV twin (null when the page shows no table). Its JSON twin is the result itself, in the one JSON policy.
/// </summary>
/// <typeparam name="T">The page's result: what its JSON twin serializes.</typeparam>
/// <param name="Route">The route template of the HTML page (<c>/compare</c>, <c>/metrics/{id}</c>); the twins add <c>.json</c> and <c>.csv</c>.</param>
/// <param name="Query">Runs the page's queries for a request.</param>
/// <param name="Component">The page's Razor component: a <see cref="Components.PageComponent{T}"/> that renders the result as HTML.</param>
/// <param name="Csv">The page's table, or null when the page shows none.</param>
/// <param name="Worded">True when the result itself is worded in the request's language (claims), so the cache keys on it.</param>
internal sealed record DashboardPage<T>(
    string Route, Func<PageRequest, StoreSession, T> Query, Type Component, Func<T, CsvTable>? Csv = null, bool Worded = false)
    where T : notnull;
