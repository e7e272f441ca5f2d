using System.Text.Json.Serialization;

namespace AiRace.Sources.Hub;

/// <summary>The <c>safetensors</c> summary: <c>total</c> parameters.</summary>
internal sealed class HubSafetensors
{
    [JsonPropertyName("total")]
    public long? Total { get; set; }
}
