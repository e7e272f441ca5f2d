using System.Text.Json.Serialization;

namespace AiRace.Sources.Hub;

/// <summary>Source-generated JSON metadata for <see cref="HubApiModel"/> (no reflection when streaming millions of records).</summary>
[JsonSerializable(typeof(HubApiModel))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class HubJsonContext : JsonSerializerContext;
