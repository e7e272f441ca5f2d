using System.Text.Json.Serialization;

namespace AiRace.Sources.Live.OpenRouter;

/// <summary>
/// <c>GET /api/v1/models</c>: <c>{ "data": [ Model ], "links": { "next": … } }</c>
/// (https://openrouter.ai/docs/api/api-reference/models/get-models). Prices are strings, USD per token.
/// </summary>
internal sealed class OpenRouterModelsJson
{
    public List<OpenRouterModelJson>? Data { get; set; }

    public OpenRouterLinksJson? Links { get; set; }
}

internal sealed class OpenRouterLinksJson
{
    public string? Next { get; set; }
}

internal sealed class OpenRouterModelJson
{
    public string? Id { get; set; }

    [JsonPropertyName("canonical_slug")]
    public string? CanonicalSlug { get; set; }

    [JsonPropertyName("hugging_face_id")]
    public string? HuggingFaceId { get; set; }

    public string? Name { get; set; }

    public OpenRouterPricingJson? Pricing { get; set; }
}

internal sealed class OpenRouterPricingJson
{
    public string? Prompt { get; set; }

    public string? Completion { get; set; }
}

/// <summary>
/// <c>GET /api/v1/datasets/rankings-daily</c>: <c>{ "data": [ {date, model_permaslug, total_tokens} ], "meta": {as_of, start_date, end_date, version} }</c>
/// (https://openrouter.ai/docs/api/api-reference/datasets/get-rankings-daily). <c>total_tokens</c> is a decimal string.
/// </summary>
internal sealed class OpenRouterRankingsJson
{
    public List<OpenRouterRankingRowJson>? Data { get; set; }

    public OpenRouterRankingsMetaJson? Meta { get; set; }
}

internal sealed class OpenRouterRankingRowJson
{
    public string? Date { get; set; }

    [JsonPropertyName("model_permaslug")]
    public string? ModelPermaslug { get; set; }

    [JsonPropertyName("total_tokens")]
    public string? TotalTokens { get; set; }
}

internal sealed class OpenRouterRankingsMetaJson
{
    [JsonPropertyName("as_of")]
    public string? AsOf { get; set; }

    [JsonPropertyName("start_date")]
    public string? StartDate { get; set; }

    [JsonPropertyName("end_date")]
    public string? EndDate { get; set; }

    public string? Version { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OpenRouterModelsJson))]
[JsonSerializable(typeof(OpenRouterRankingsJson))]
internal sealed partial class OpenRouterJsonContext : JsonSerializerContext;
