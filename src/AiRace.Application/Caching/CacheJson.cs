using System.Text.Json;
using System.Text.Json.Serialization;
using AiRace.Application.Json;

namespace AiRace.Application.Caching;

/// <summary>
/// How a cached result is written: the one JSON policy's names and converters (<see cref="JsonPolicy.Options"/>), except
/// that numbers keep every bit (the policy rounds to 9 decimals for readers; a cache that rounded could change a printed
/// figure) and NaN and infinities are written as named literals so that they come back as they went in. Compact, not indented.
/// </summary>
internal static class CacheJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonPolicy.Options)
        {
            WriteIndented = false,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        var rounding = options.Converters.OfType<PolicyNumberConverter>().ToList();
        foreach (var c in rounding)
        {
            options.Converters.Remove(c);
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
