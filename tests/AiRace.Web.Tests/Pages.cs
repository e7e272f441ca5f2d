namespace AiRace.Web.Tests;

/// <summary>Every page of the dashboard, with the state a test store can answer.</summary>
public static class Pages
{
    public static IReadOnlyList<string> All { get; } =
    [
        "/", "/claims", "/metrics", "/metrics/m", "/metrics/m?a=closed&b=open", "/compare?metric=m&a=US&b=CN", "/compare?metric=m&a=lab:OpenAI&b=lab:DeepSeek",
        "/odds?metric=m&a=US&b=CN", "/models", "/models?search=model&country=US&openness=closed", "/orgs", "/sources",
    ];

    /// <summary>The pages that need Hugging Face and OpenRouter data (walked on the real store).</summary>
    public static IReadOnlyList<string> Shares { get; } = ["/adoption", "/adoption?by=lab&measure=likes", "/usage", "/usage?by=openness&free=separate"];

    public static TheoryData<string> Data() => Of(All);

    public static TheoryData<string> RealData() => Of([.. All.Where(p => p.StartsWith("/metrics", StringComparison.Ordinal) is false && !p.Contains("metric=m", StringComparison.Ordinal)), .. Shares,
        "/metrics/lmarena-text", "/compare?metric=lmarena-text&a=US&b=CN", "/odds?metric=lmarena-text&a=US&b=CN", "/metrics"]);

    private static TheoryData<string> Of(IEnumerable<string> pages)
    {
        var data = new TheoryData<string>();
        foreach (var p in pages)
        {
            data.Add(p);
        }

        return data;
    }

    /// <summary>The JSON twin's URL of a page URL (<c>/</c> → <c>/index.json</c>).</summary>
    public static string Twin(string page, string extension)
    {
        var q = page.IndexOf('?', StringComparison.Ordinal);
        var (path, query) = q < 0 ? (page, string.Empty) : (page[..q], page[q..]);
        return (path == "/" ? "/index" : path) + extension + query;
    }
}
