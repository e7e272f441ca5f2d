namespace AiRace.Store;

internal static partial class StoreSchema
{
    /// <summary>
    /// Version 5: the raw archive of live responses (the Hub snapshot table <c>hub_models</c> is version 4's, shared with the file importers).
    /// The archive lives in the store (a BLOB per response, Brotli-compressed) so that a response and the rows derived from
    /// it commit in the same transaction, one file holds everything a backup needs, and <c>airace rebuild</c> never meets an
    /// archive that disagrees with the tables. A 304 answer stores no body: <c>reused_from</c> points at the archived body it
    /// confirmed.
    /// </summary>
    public const string Live = """
        CREATE SEQUENCE archive_id_seq START 1;
        CREATE TABLE archive (
            id BIGINT PRIMARY KEY,
            import_id BIGINT NOT NULL,
            source VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            url VARCHAR NOT NULL,
            retrieved_at TIMESTAMPTZ NOT NULL,
            status INTEGER NOT NULL,
            content_type VARCHAR,
            etag VARCHAR,
            last_modified VARCHAR,
            next_url VARCHAR,
            sha256 VARCHAR NOT NULL,
            bytes BIGINT NOT NULL,
            stored_bytes BIGINT NOT NULL,
            encoding VARCHAR NOT NULL,
            body BLOB,
            reused_from BIGINT
        );
        """;
}
