using System.Text.Json.Serialization;

namespace AiRace.Store;

/// <summary>Source-generated JSON for the store's JSON columns (<c>hub_models.tags</c>).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJson : JsonSerializerContext;
