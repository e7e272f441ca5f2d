using System.Text.Json.Serialization;

namespace AiRace.Sources.Live.HuggingFace;

/// <summary>One element of the Hub's <c>/api/models</c> array, with the expanded fields AiRace reads. Unknown fields are skipped.</summary>
internal sealed class HubModelJson
{
    public string? Id { get; set; }

    public string? ModelId { get; set; }

    public string? Author { get; set; }

    public long? Downloads { get; set; }

    public long? DownloadsAllTime { get; set; }

    public long? Likes { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("pipeline_tag")]
    public string? PipelineTag { get; set; }

    [JsonPropertyName("library_name")]
    public string? LibraryName { get; set; }

    public List<string>? Tags { get; set; }

    public HubCardDataJson? CardData { get; set; }

    public HubSafetensorsJson? Safetensors { get; set; }
}

/// <summary>The two card fields AiRace reads: <c>license</c> and <c>base_model</c> (each a string or a list; the first string is kept).</summary>
internal sealed class HubCardDataJson
{
    [JsonConverter(typeof(FirstStringConverter))]
    public string? License { get; set; }

    [JsonPropertyName("base_model")]
    [JsonConverter(typeof(FirstStringConverter))]
    public string? BaseModel { get; set; }
}

/// <summary>The <c>safetensors</c> block: total parameter count.</summary>
internal sealed class HubSafetensorsJson
{
    public long? Total { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(HubModelJson))]
[JsonSerializable(typeof(List<HubModelJson?>))]
internal sealed partial class HubListingJsonContext : JsonSerializerContext;
