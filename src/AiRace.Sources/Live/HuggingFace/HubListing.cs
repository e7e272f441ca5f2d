using System.Web;

namespace AiRace.Sources.Live.HuggingFace;

/// <summary>What a Hub listing URL asks for: one namespace's models (<c>author=</c>), or one base model's derivatives (<c>filter=base_model:&lt;relation&gt;:&lt;id&gt;</c>).</summary>
internal sealed record HubListing(string? Author, string? BaseModel, string? Relation)
{
    private static readonly string[] Expand =
        ["author", "downloads", "downloadsAllTime", "likes", "createdAt", "cardData", "safetensors", "tags", "pipeline_tag", "library_name"];

    public bool IsDerivatives => BaseModel is not null;

    /// <summary>Reads the listing back from a (redacted) request URL, as archived.</summary>
    public static HubListing Parse(string url)
    {
        var query = HttpUtility.ParseQueryString(new Uri(url).Query);
        var filter = query["filter"];
        if (filter is not null && filter.StartsWith("base_model:", StringComparison.Ordinal))
        {
            var rest = filter["base_model:".Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                return new HubListing(null, rest[(colon + 1)..], rest[..colon]);
            }
        }

        return new HubListing(query["author"], null, null);
    }

    /// <summary>The first page of a namespace's models, most downloaded first, with the fields AiRace keeps.</summary>
    public static string ForAuthor(string baseUrl, string author, int pageSize) =>
        Url(baseUrl, $"author={Uri.EscapeDataString(author)}", pageSize);

    /// <summary>The first page of a base model's derivatives of one relation.</summary>
    public static string ForDerivatives(string baseUrl, string baseModel, string relation, int pageSize) =>
        Url(baseUrl, $"filter={Uri.EscapeDataString($"base_model:{relation}:{baseModel}")}", pageSize);

    private static string Url(string baseUrl, string selector, int pageSize) =>
        $"{baseUrl}/api/models?{selector}&sort=downloads&direction=-1&limit={pageSize}&{string.Join('&', Expand.Select(e => "expand[]=" + e))}";
}
