using System.Globalization;
using System.Text.Json;
using AiRace.Core;

namespace AiRace.Sources.Files;

/// <summary>
/// A JSON file read whole with <see cref="JsonDocument"/>, with typed getters that fail with one line naming the file,
/// the JSON path and the value. Malformed or truncated JSON fails with the line where parsing stopped.
/// </summary>
internal sealed class JsonFile : IDisposable
{
    private readonly JsonDocument _document;

    private JsonFile(string fileName, JsonDocument document)
    {
        FileName = fileName;
        _document = document;
    }

    public string FileName { get; }

    public JsonElement Root => _document.RootElement;

    public static JsonFile Open(FileProbe probe)
    {
        return new JsonFile(probe.FileName, JsonDocuments.Parse(probe.Path, probe.FileName));
    }

    /// <summary>The element at <paramref name="path"/> must be of <paramref name="kind"/>.</summary>
    public JsonElement Expect(JsonElement element, JsonValueKind kind, string path) =>
        element.ValueKind == kind ? element : throw Bad(path, element, $"a JSON {kind.ToString().ToLowerInvariant()}");

    /// <summary>A required property of an object.</summary>
    public JsonElement Property(JsonElement obj, string name, string path) =>
        obj.TryGetProperty(name, out var value)
            ? value
            : throw new AiRaceException(ErrorKind.BadData, $"Cannot read '{FileName}' at {path}: property '{name}' is missing. Is this the right file, or was it truncated?");

    public double Number(JsonElement obj, string name, string path)
    {
        var value = Property(obj, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw Bad($"{path}.{name}", value, "a number");
    }

    public long? OptionalLong(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : throw Bad($"{path}.{name}", value, "a whole number");
    }

    public string Text(JsonElement obj, string name, string path) =>
        OptionalText(obj, name, path) ?? throw Bad($"{path}.{name}", obj.TryGetProperty(name, out var v) ? v : default, "a non-empty string");

    public string? OptionalText(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad($"{path}.{name}", value, "a string");
        }

        var text = value.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public AiRaceException Bad(string path, JsonElement value, string expected) =>
        new(ErrorKind.BadData, $"Cannot read '{FileName}' at {path}: value {Show(value)} is not {expected}. Fix or remove that entry and import again.");

    /// <summary>A JSON path step for a property name: <c>.name</c>, or <c>["name"]</c> when it is not a plain identifier.</summary>
    public static string Step(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : "[" + JsonSerializer.Serialize(name) + "]";

    public static string Index(int i) => "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    public void Dispose() => _document.Dispose();

    private static string Show(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return "(missing)";
        }

        return OneLine(value.GetRawText());
    }

    /// <summary>Raw JSON shown in an error line: whitespace runs (line breaks included) collapsed, at most 60 characters.</summary>
    public static string OneLine(string raw)
    {
        var flat = string.Join(' ', raw.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..60] + "…";
    }
}
