using System.Text;

namespace AiRace.Sources.Files;

/// <summary>The first few kilobytes of a file as text (BOM removed), for importers that recognise JSON shapes by their opening keys.</summary>
internal static class JsonHead
{
    private const int Size = 4096;

    public static string Of(FileProbe probe)
    {
        var ext = Path.GetExtension(probe.FileName).ToLowerInvariant();
        if (ext is not (".json" or ".jsonl" or ".ndjson"))
        {
            return string.Empty;
        }

        var buffer = new char[Size];
        int read;
        using (var reader = new StreamReader(TextEncodings.OpenUtf8(probe.Path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            read = reader.ReadBlock(buffer, 0, Size);
        }

        return new string(buffer, 0, read).TrimStart('\uFEFF');
    }

    /// <summary>True when <paramref name="head"/> contains every one of the quoted keys.</summary>
    public static bool HasKeys(string head, params string[] keys) =>
        keys.All(k => head.Contains($"\"{k}\"", StringComparison.Ordinal));
}
