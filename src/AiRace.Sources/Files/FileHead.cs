namespace AiRace.Sources.Files;

/// <summary>The first characters of a file, for importers that recognize a JSON shape by its opening keys.</summary>
internal static class FileHead
{
    public static string Read(string path, int chars = 1024)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[chars];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, n);
    }
}
