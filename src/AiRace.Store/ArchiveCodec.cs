using System.IO.Compression;

namespace AiRace.Store;

/// <summary>Compresses archived bodies with Brotli (quality 5, a good ratio on JSON at a few hundred MB/s) and reads them back.</summary>
internal static class ArchiveCodec
{
    public const string Encoding = "br";

    public static byte[] Compress(ReadOnlySpan<byte> body)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        if (!BrotliEncoder.TryCompress(body, buffer, out var written, quality: 5, window: 22))
        {
            throw new InvalidOperationException("Brotli could not compress an archived body.");
        }

        return buffer.AsSpan(0, written).ToArray();
    }

    public static byte[] Decompress(byte[] stored, string encoding)
    {
        if (encoding == "identity")
        {
            return stored;
        }

        using var input = new MemoryStream(stored);
        using Stream decoder = encoding == "gzip" ? new GZipStream(input, CompressionMode.Decompress) : new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
