using AiRace.Web.Http;

namespace AiRace.Web.Pages;

/// <summary>The two groups a page compares, from <c>?a=</c> and <c>?b=</c> (US and CN when absent), as the queries' <c>A,B</c>.</summary>
internal sealed record GroupPair(string A, string B)
{
    public static GroupPair Of(PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Query(Parameters.A) ?? "US", request.Query(Parameters.B) ?? "CN");
    }

    public string Between => $"{A},{B}";
}
