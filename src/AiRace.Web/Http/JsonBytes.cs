using System.Runtime.CompilerServices;
using System.Text.Json;
using AiRace.Application.Json;

namespace AiRace.Web.Http;

/// <summary>
/// The JSON twin's bytes of a cached result, serialized once in the one JSON policy (without indentation): the result objects live in the store's
/// cache, so each is written once per store file, not once per request.
/// </summary>
internal static class JsonBytes
{
    private static readonly ConditionalWeakTable<object, byte[]> Written = [];

    public static byte[] Of<T>(T result)
        where T : notnull =>
        Written.GetValue(result, r => JsonSerializer.SerializeToUtf8Bytes((T)r, JsonPolicy.Compact));
}
