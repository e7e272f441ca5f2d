using System.Globalization;
using System.Text.Json;
using AiRace.Core;

namespace AiRace.Sources.Files;

/// <summary>
/// Reads a whole JSON file with System.Text.Json and gives typed access to its fields; every failure is a one-line
/// BadData error naming the file, the JSON path (<c>$.models[12].release_date</c>), the value and what was expected.
/// </summary>
internal sealed class JsonFields
{
    private readonly string _file;

    private JsonFields(string file) => _file = file;

    /// <summary>Parses the file; a truncated or malformed document fails with its line and byte position.</summary>
    public static (JsonDocument Document, JsonFields Fields) Open(string path)
    {
        var file = Path.GetFileName(path);
        return (JsonDocuments.Parse(path, file), new JsonFields(file));
    }

    public AiRaceException Bad(string path, JsonElement value, string expected) =>
        new(ErrorKind.BadData, $"Cannot read '{_file}' at {path}: the value is {Show(value)}, expected {expected}. Fix or remove that entry and import again.");

    public AiRaceException Missing(string path, string expected) =>
        new(ErrorKind.BadData, $"Cannot read '{_file}': {path} is missing, expected {expected}. Is this the right file, or was it truncated?");

    /// <summary>A required property, as an object or array of the given kind.</summary>
    public JsonElement Required(JsonElement parent, string name, string path, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Missing($"{path}.{name}", Describe(kind));
        }

        return value.ValueKind == kind ? value : throw Bad($"{path}.{name}", value, Describe(kind));
    }

    /// <summary>An optional object property; null when absent or JSON null.</summary>
    public JsonElement? OptionalObject(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw Bad($"{path}.{name}", value, "an object");
    }

    /// <summary>An optional string; null when absent, JSON null or blank.</summary>
    public string? Text(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? (string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim())
            : throw Bad($"{path}.{name}", value, "a string");
    }

    public string RequiredText(JsonElement parent, string name, string path) =>
        Text(parent, name, path) ?? throw Missing($"{path}.{name}", "a non-empty string");

    /// <summary>An optional boolean; null when absent or JSON null.</summary>
    public bool? Bool(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Bad($"{path}.{name}", value, "true or false"),
        };
    }

    /// <summary>A number value (the element itself); null for JSON null.</summary>
    public double? Number(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw Bad(path, value, "a number or null");
    }

    /// <summary>An optional <c>YYYY-MM-DD</c> date.</summary>
    public DateOnly? Date(JsonElement parent, string name, string path)
    {
        if (Text(parent, name, path) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad($"{path}.{name}", parent.GetProperty(name), "a date (YYYY-MM-DD)");
    }

    private static string Show(JsonElement value)
    {
        return JsonFile.OneLine(value.GetRawText());
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
