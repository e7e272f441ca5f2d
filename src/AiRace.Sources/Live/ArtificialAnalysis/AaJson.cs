using System.Text.Json.Serialization;

namespace AiRace.Sources.Live.ArtificialAnalysis;

/// <summary>
/// <c>GET /api/v2/data/llms/models</c>: <c>{ "status": 200, "data": [ { id, name, slug, release_date, model_creator{name, slug},
/// evaluations{artificial_analysis_intelligence_index, …}, pricing{…} } ] }</c>. Unknown fields are skipped.
/// </summary>
internal sealed class AaModelsJson
{
    public List<AaModelJson>? Data { get; set; }
}

internal sealed class AaModelJson
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Slug { get; set; }

    [JsonPropertyName("release_date")]
    public string? ReleaseDate { get; set; }

    [JsonPropertyName("model_creator")]
    public AaCreatorJson? ModelCreator { get; set; }

    public AaEvaluationsJson? Evaluations { get; set; }
}

internal sealed class AaCreatorJson
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Country { get; set; }
}

internal sealed class AaEvaluationsJson
{
    [JsonPropertyName("artificial_analysis_intelligence_index")]
    public double? IntelligenceIndex { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AaModelsJson))]
internal sealed partial class AaJsonContext : JsonSerializerContext;
