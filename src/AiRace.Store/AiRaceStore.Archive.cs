using System.Data.Common;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// Starts a live import of <paramref name="sourceName"/> (its rows are stored under <paramref name="sourceKind"/>) in its own
    /// transaction. <paramref name="memoryLimit"/> (a DuckDB size such as <c>256MB</c>) caps DuckDB's memory while it runs.
    /// </summary>
    public LiveImport BeginLiveImport(string sourceKind, string sourceName, DateTimeOffset retrievedAt, string? memoryLimit = null) =>
        new(this, sourceKind, sourceName, retrievedAt, memoryLimit);

    /// <summary>Starts re-deriving the whole store from its imports and archive (see <see cref="StoreRebuild"/>).</summary>
    public StoreRebuild BeginRebuild() => new(this);

    /// <summary>Every archived response, or those of one import, in import and request order.</summary>
    public IReadOnlyList<ArchivedResponse> Archive(long? importId = null)
    {
        var sql = """
            SELECT id, import_id, source, seq, url, retrieved_at, status, content_type, etag, last_modified, next_url, sha256,
                   bytes, stored_bytes, encoding, reused_from
            FROM archive
            """ + (importId is null ? string.Empty : " WHERE import_id = $1") + " ORDER BY import_id, seq";
        using var cmd = importId is { } id ? Command(sql, id) : Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<ArchivedResponse>();
        while (r.Read())
        {
            list.Add(new ArchivedResponse(
                r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), r.GetString(4), ToOffset(r.GetValue(5))!.Value,
                r.GetInt32(6), StringOrNull(r, 7), StringOrNull(r, 8), StringOrNull(r, 9), StringOrNull(r, 10), r.GetString(11),
                r.GetInt64(12), r.GetInt64(13), r.GetString(14), LongOrNull(r, 15)));
        }

        return list;
    }

    /// <summary>The uncompressed body of an archived response; a 304 row gives the body it confirmed.</summary>
    public byte[] ArchiveBody(long archiveId)
    {
        using var cmd = Command(
            "SELECT coalesce(a.body, b.body), CASE WHEN a.body IS NULL THEN b.encoding ELSE a.encoding END FROM archive a LEFT JOIN archive b ON b.id = a.reused_from WHERE a.id = $1",
            archiveId);
        using var r = cmd.ExecuteReader();
        if (!r.Read() || r.IsDBNull(0))
        {
            throw new InvalidOperationException($"Archive row {archiveId} has no body.");
        }

        return ArchiveCodec.Decompress(ReadBlob(r, 0), r.GetString(1));
    }

    /// <summary>The validators (ETag, Last-Modified) of the last archived 200 answer for <paramref name="url"/>, or null.</summary>
    public ArchiveValidators? Validators(string url)
    {
        using var cmd = Command(
            "SELECT id, etag, last_modified, next_url FROM archive WHERE url = $1 AND status = 200 AND (etag IS NOT NULL OR last_modified IS NOT NULL) ORDER BY id DESC LIMIT 1",
            url);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new ArchiveValidators(r.GetInt64(0), StringOrNull(r, 1), StringOrNull(r, 2), StringOrNull(r, 3)) : null;
    }

    private static byte[] ReadBlob(DbDataReader r, int i) => r.GetValue(i) switch
    {
        byte[] bytes => bytes,
        Stream s => ReadAll(s),
        var other => throw new InvalidOperationException($"Unexpected BLOB value type {other.GetType().Name}."),
    };

    private static byte[] ReadAll(Stream s)
    {
        using (s)
        {
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }
    }
}
