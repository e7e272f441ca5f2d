using System.Buffers;
using System.IO.Compression;

namespace AiRace.Store;

/// <summary>Compresses archived bodies with Brotli at quality 1 and reads them back. On the JSON in ../shared/data, quality 1 keeps 17.7% of the bytes at about 275 MB/s, quality 4 15.3% at about 70 MB/s: the archive is written on every update, so speed wins.</summary>
internal static class ArchiveCodec
{
    public const string Encoding = "br";

    public static byte[] Compress(ReadOnlySpan<byte> body)
    {
        // A pooled work buffer: pages are large, and a fresh one per page would churn the large object heap.
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(body, buffer, out var written, quality: 1, window: 22))
            {
                throw new InvalidOperationException("Brotli could not compress an archived body.");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
