using System.Text;

namespace AiRace.Sources.Files;

/// <summary>
/// The one rule for the encoding of data files: UTF-8 with or without a byte-order mark, or UTF-16/UTF-32 when the file
/// starts with that encoding's byte-order mark (decoded to UTF-8). Anything else is read as UTF-8.
/// </summary>
internal static class TextEncodings
{
    /// <summary>The encoding a byte-order mark at the start of <paramref name="path"/> names, or null for none or UTF-8's.</summary>
    public static Encoding? Wide(string path)
    {
        var head = new byte[4];
        int n;
        using (var stream = File.OpenRead(path))
        {
            n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return Wide(head.AsSpan(0, n));
    }

    /// <summary>The encoding a byte-order mark at the start of <paramref name="head"/> names, or null for none or UTF-8's.</summary>
    public static Encoding? Wide(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0)
        {
            return Encoding.UTF32;
        }

        if (head.Length >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF)
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        return head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>True when the file starts with UTF-8's byte-order mark.</summary>
    public static bool HasUtf8Bom(string path)
    {
        var head = new byte[3];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
    }

    /// <summary>The file as a UTF-8 stream (BOM included when UTF-8 has one; UTF-16/32 transcoded, their BOM dropped).</summary>
    public static Stream OpenUtf8(string path)
    {
        var wide = Wide(path);
        var stream = File.OpenRead(path);
        if (wide is null)
        {
            return stream;
        }

        stream.Position = wide.GetPreamble().Length;
        return Encoding.CreateTranscodingStream(stream, wide, Encoding.UTF8, leaveOpen: false);
    }
}
