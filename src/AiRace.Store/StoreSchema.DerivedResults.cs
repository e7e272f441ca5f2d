namespace AiRace.Store;

internal static partial class StoreSchema
{
    /// <summary>
    /// Version 7: the cache of derived results (frontiers, trends, forecasts, back-tests), one JSON payload per
    /// (<c>kind</c>, <c>key</c>, <c>as_of</c>), valid only while the store's <c>content_key</c> and the build's
    /// <c>format_version</c> are the ones it was written under (see <c>AiRaceStore.DerivedResults</c>). The
    /// <c>content_stamp</c> in <c>airace_meta</c> is renewed by every writer that may change the data.
    /// </summary>
    public const string DerivedResultsDdl = """
        CREATE TABLE derived_results (
            kind VARCHAR NOT NULL,
            key VARCHAR NOT NULL,
            content_key VARCHAR NOT NULL,
            as_of DATE,
            format_version VARCHAR NOT NULL,
            payload VARCHAR NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        );
        INSERT OR REPLACE INTO airace_meta VALUES ('content_stamp', uuid()::VARCHAR);
        """;

    /// <summary>
    /// The oldest version a read-only open reads as it is when it cannot migrate (a file the user cannot write, or a
    /// writer busy): version 7 only added the cache, whose absence is a cache miss.
    /// </summary>
    public const int ReadableWithoutMigration = 6;
}
