using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Application.Json;

/// <summary>
/// The one JSON policy of every result: snake_case keys, enums in kebab-case, dates <c>YYYY-MM-DD</c>, every number
/// rounded to <see cref="Decimals"/> decimals (half away from zero), and null for NaN and infinities.
/// </summary>
public static class JsonPolicy
{
    /// <summary>How many decimals a number keeps in JSON.</summary>
    public const int Decimals = 9;

    /// <summary>The serializer options every front end uses for results.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>The same policy without indentation: what a server sends over the wire (the dashboard's JSON twins).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>A number as JSON writes it: rounded to <see cref="Decimals"/> decimals, or null when it is not finite.</summary>
    public static double? Number(double? value) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>The indented JSON text of <paramref name="value"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Converters = { new PolicyNumberConverter(), new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },

            // Names and Vietnamese text stay readable ("Nguồn", "−") instead of \u escapes; the output is not embedded in HTML.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
