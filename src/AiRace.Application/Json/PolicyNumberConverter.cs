using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Application.Json;

/// <summary>Writes a <see cref="double"/> as <see cref="JsonPolicy.Number"/> says: rounded, or null when not finite.</summary>
internal sealed class PolicyNumberConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (JsonPolicy.Number(value) is { } rounded)
        {
            writer.WriteNumberValue(rounded);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
