using System.Text.Json.Serialization;

namespace AiRace.Sources.Hub;

/// <summary>The model card fields AiRace reads: <c>license</c> and <c>base_model</c>, each a string or a list (the first is kept).</summary>
internal sealed class HubCardData
{
    [JsonPropertyName("license")]
    [JsonConverter(typeof(FirstStringConverter))]
    public string? License { get; set; }

    [JsonPropertyName("base_model")]
    [JsonConverter(typeof(FirstStringConverter))]
    public string? BaseModel { get; set; }
}
