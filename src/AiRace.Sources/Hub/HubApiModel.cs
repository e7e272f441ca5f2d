using System.Text.Json.Serialization;

namespace AiRace.Sources.Hub;

/// <summary>The fields AiRace reads from one Hugging Face <c>/api/models</c> record; every other field is ignored.</summary>
internal sealed class HubApiModel
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("modelId")]
    public string? ModelId { get; set; }

    [JsonPropertyName("author")]
    public string? Author { get; set; }

    [JsonPropertyName("downloads")]
    public long? Downloads { get; set; }

    [JsonPropertyName("downloadsAllTime")]
    public long? DownloadsAllTime { get; set; }

    [JsonPropertyName("likes")]
    public long? Likes { get; set; }

    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; set; }

    [JsonPropertyName("pipeline_tag")]
    public string? PipelineTag { get; set; }

    [JsonPropertyName("library_name")]
    public string? LibraryName { get; set; }

    [JsonPropertyName("tags")]
    public List<string>? Tags { get; set; }

    [JsonPropertyName("cardData")]
    public HubCardData? CardData { get; set; }

    [JsonPropertyName("safetensors")]
    public HubSafetensors? Safetensors { get; set; }
}
