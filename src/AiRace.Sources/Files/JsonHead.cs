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

        var buffer = new byte[Size];
        int read;
        using (var stream = File.OpenRead(probe.Path))
        {
            read = stream.ReadAtLeast(buffer, Size, throwOnEndOfStream: false);
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.TrimStart('\uFEFF');
    }

    /// <summary>True when <paramref name="head"/> contains every one of the quoted keys.</summary>
    public static bool HasKeys(string head, params string[] keys) =>
        keys.All(k => head.Contains($"\"{k}\"", StringComparison.Ordinal));
}
