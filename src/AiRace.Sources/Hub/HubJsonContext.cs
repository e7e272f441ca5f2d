using System.Text.Json.Serialization;

namespace AiRace.Sources.Hub;

/// <summary>Source-generated JSON metadata for <see cref="HubApiModel"/> (file imports and the live Hub connector) (no reflection when streaming millions of records).</summary>
[JsonSerializable(typeof(HubApiModel))]
[JsonSerializable(typeof(List<HubApiModel?>))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class HubJsonContext : JsonSerializerContext;
