using System.Text;
using System.Text.Json;
using AiRace.Core;

namespace AiRace.Sources.Files;

/// <summary>
/// The one way importers parse a whole JSON file: UTF-8 with or without BOM, or UTF-16/32 with a BOM; malformed or
/// truncated JSON, and text that is not valid Unicode (a lone UTF-16 surrogate escape such as <c>\ud800</c>), fail with
/// one line naming the file and the place.
/// </summary>
internal static class JsonDocuments
{
    public static JsonDocument Parse(string path, string fileName)
    {
        JsonDocument doc;
        try
        {
            using var stream = TextEncodings.OpenUtf8(path);
            doc = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new AiRaceException(
                ErrorKind.BadData,
                $"Cannot read '{fileName}' line {(ex.LineNumber ?? 0) + 1}: the JSON is malformed or truncated (invalid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}). Download the file again.",
                ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new AiRaceException(ErrorKind.BadData, $"Cannot read '{fileName}': it starts with a UTF-16 byte-order mark but is not valid UTF-16. Save it as UTF-8 and import again.", ex);
        }

        try
        {
            CheckText(doc.RootElement, "$", fileName);
        }
        catch
        {
            doc.Dispose();
            throw;
        }

        return doc;
    }

    /// <summary>Every property name and string must be valid Unicode; the first that is not fails with its JSON path.</summary>
    private static void CheckText(JsonElement element, string path, string fileName)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var i = 0;
                foreach (var p in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = p.Name;
                    }
                    catch (InvalidOperationException ex)
                    {
                        throw Invalid(fileName, $"{path}, property {i}'s name", "the name", ex);
                    }

                    CheckText(p.Value, path + JsonFile.Step(name), fileName);
                    i++;
                }

                break;
            case JsonValueKind.Array:
                var j = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckText(item, path + JsonFile.Index(j++), fileName);
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException ex)
                {
                    throw Invalid(fileName, path, RawOrNote(element), ex);
                }

                break;
        }
    }

    private static AiRaceException Invalid(string fileName, string path, string raw, Exception inner) =>
        new(ErrorKind.BadData, $"Cannot read '{fileName}' at {path}: {Show(raw)} is not valid Unicode text (bytes that are not UTF-8, or a lone UTF-16 surrogate escape such as \\ud800). Fix that text and import again.", inner);

    /// <summary>The element's JSON text, or a note when its bytes are not UTF-8 (reading them would fail the same way).</summary>
    private static string RawOrNote(JsonElement element)
    {
        try
        {
            return element.GetRawText();
        }
        catch (InvalidOperationException)
        {
            return "a string whose bytes are not UTF-8";
        }
    }

    private static string Show(string raw) => JsonFile.OneLine(raw);

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
