using System.Globalization;
using System.Text;

namespace AiRace.Testing;

/// <summary>Hand-written Hub <c>/api/models</c> elements and pages, shaped like the documented API (expand[] fields).</summary>
public static class HubJson
{
    public static string Model(string id, long downloads, long likes = 1, string createdAt = "2025-01-15T10:00:00.000Z", string? baseTag = null, long? parameters = null)
    {
        var tags = new List<string> { "transformers", "safetensors", "text-generation", "license:apache-2.0", "region:us" };
        if (baseTag is not null)
        {
            tags.Add(baseTag);
        }

        var author = id[..id.IndexOf('/', StringComparison.Ordinal)];
        var safetensors = parameters is { } p ? $",\"safetensors\":{{\"parameters\":{{\"BF16\":{p}}},\"total\":{p}}}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"_id\":\"{Convert.ToHexStringLower(Encoding.UTF8.GetBytes(id))}\",\"id\":\"{id}\",\"author\":\"{author}\",\"downloads\":{downloads},\"downloadsAllTime\":{downloads * 10},\"likes\":{likes}," +
            $"\"createdAt\":\"{createdAt}\",\"pipeline_tag\":\"text-generation\",\"library_name\":\"transformers\"," +
            $"\"tags\":[{string.Join(',', tags.Select(t => $"\"{t}\""))}],\"cardData\":{{\"license\":\"apache-2.0\",\"tags\":[\"x\"]}}{safetensors}}}");
    }

    public static string Page(IEnumerable<string> models) => "[" + string.Join(',', models) + "]";

    /// <summary>Models <c>author/m{from}</c>..<c>author/m{to-1}</c>, downloads falling with the index.</summary>
    public static IEnumerable<string> Range(string author, int from, int to) =>
        Enumerable.Range(from, to - from).Select(i => Model($"{author}/m{i}", 100_000 - i, likes: i));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
