using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiRace.Store;

/// <summary>
/// The cache of derived results (<c>derived_results</c>, schema version 7). A row is valid only under the
/// <see cref="ContentKey"/> and the format version it was written with; reading tolerates a store without the table (an
/// older store opened read-only that could not be migrated): every lookup is then a miss.
/// </summary>
public sealed partial class AiRaceStore
{
    private bool? _hasDerivedResults;

    /// <summary>True when this connection was opened by <see cref="OpenReadOnly"/>: the cache can only be read through it.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>True when the store has the <c>derived_results</c> table (schema version 7 or later).</summary>
    public bool HasDerivedResults => _hasDerivedResults ??= TableExists("derived_results");

    /// <summary>
    /// A key that changes whenever the store's content may have changed: the content stamp every writer renews (see
    /// <see cref="StoreWriter"/>), the schema version, the imports (count, last id, last time, rows) and the row counts of
    /// every data table. Two stores with the same key hold the same data.
    /// </summary>
    public string ContentKey()
    {
        using var cmd = Command("""
            SELECT coalesce((SELECT value FROM airace_meta WHERE key = 'content_stamp'), ''),
                   coalesce((SELECT value FROM airace_meta WHERE key = 'schema_version'), ''),
                   (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(CAST(max(imported_at) AS VARCHAR), '') || ':' || coalesce(sum(rows), 0) FROM imports),
                   (SELECT count(*) FROM observations), (SELECT count(*) FROM model_sources),
                   (SELECT count(*) FROM organization_sources), (SELECT count(*) FROM model_aliases),
                   (SELECT count(*) FROM metrics), (SELECT count(*) FROM hub_models), (SELECT count(*) FROM hub_trending),
                   (SELECT count(*) FROM usage_weekly), (SELECT count(*) FROM archive)
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        var text = new StringBuilder();
        for (var i = 0; i < r.FieldCount; i++)
        {
            text.Append(Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>The cached payload of (<paramref name="kind"/>, <paramref name="key"/>, <paramref name="asOf"/>) written under
    /// <paramref name="contentKey"/> and <paramref name="formatVersion"/>, or null (a miss).</summary>
    public string? DerivedResult(string kind, string key, DateOnly? asOf, string contentKey, string formatVersion)
    {
        if (!HasDerivedResults)
        {
            return null;
        }

        using var cmd = Command(
            "SELECT payload FROM derived_results WHERE kind = $1 AND key = $2 AND as_of IS NOT DISTINCT FROM CAST($3 AS DATE) AND content_key = $4 AND format_version = $5 LIMIT 1",
            kind, key, Day(asOf), contentKey, formatVersion);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Stores <paramref name="payload"/> for (<paramref name="kind"/>, <paramref name="key"/>, <paramref name="asOf"/>),
    /// replacing any earlier row of the same triple. Only a writable store (a writer's staging copy) accepts it.</summary>
    public void PutDerivedResult(string kind, string key, DateOnly? asOf, string contentKey, string formatVersion, string payload)
    {
        using var tx = Connection.BeginTransaction();
        using (var delete = Command("DELETE FROM derived_results WHERE kind = $1 AND key = $2 AND as_of IS NOT DISTINCT FROM CAST($3 AS DATE)", kind, key, Day(asOf)))
        {
            delete.ExecuteNonQuery();
        }

        using (var insert = Command(
            "INSERT INTO derived_results VALUES ($1, $2, $3, CAST($4 AS DATE), $5, $6, now())", kind, key, contentKey, Day(asOf), formatVersion, payload))
        {
            insert.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>How many cached results the store holds (any key).</summary>
    public long DerivedResultCount()
    {
        if (!HasDerivedResults)
        {
            return 0;
        }

        using var cmd = Command("SELECT count(*) FROM derived_results");
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>A writer that may have changed the data renews the content stamp: every cached result is stale from now on.</summary>
    internal void RenewContentStamp() => Execute("INSERT OR REPLACE INTO airace_meta VALUES ('content_stamp', uuid()::VARCHAR)");

    /// <summary>Deletes every cached result written under another content key than the store's current one.</summary>
    internal void DropStaleDerivedResults()
    {
        if (HasDerivedResults)
        {
            using var cmd = Command("DELETE FROM derived_results WHERE content_key <> $1", ContentKey());
            cmd.ExecuteNonQuery();
        }
    }

    private static AiRaceStore ConnectReadOnly(string path)
    {
        var store = Connect($"Data Source={path};ACCESS_MODE=READ_ONLY", path);
        store.IsReadOnly = true;
        return store;
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private bool TableExists(string table)
    {
        using var cmd = Command("SELECT count(*) FROM information_schema.tables WHERE table_name = $1", table);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}
