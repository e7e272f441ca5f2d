namespace AiRace.Web.Http;

/// <summary>The query parameters of every page (the URL holds the whole state of a view) and the application inputs they feed.</summary>
internal static class Parameters
{
    public const string Lang = "lang";
    public const string AsOf = "as_of";
    public const string Metric = "metric";
    public const string A = "a";
    public const string B = "b";

    /// <summary>The query parameter a query input comes from (<c>between</c> is the pair <c>a</c>, <c>b</c>).</summary>
    public static string Name(string input) => input switch
    {
        "between" => "a,b",
        "org" => "org",
        _ => input,
    };
}
