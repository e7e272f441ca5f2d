namespace AiRace.Store;

internal static partial class StoreSchema
{
    /// <summary>
    /// Model aliases: display names a source gives for its keys, per alias scope (such as <c>lmarena</c>).
    /// <c>source_key</c> and <c>source_model</c> keep the key each importer wrote, so that keys can be re-resolved
    /// whenever a later import adds aliases, whatever the import order (see <c>ModelKeyMap</c>).
    /// </summary>
    public const string ModelAliasesDdl = """
        CREATE TABLE model_aliases (
            import_id BIGINT NOT NULL,
            scope VARCHAR NOT NULL,
            alias VARCHAR NOT NULL,
            key VARCHAR NOT NULL
        );
        CREATE TABLE import_alias_scopes (import_id BIGINT PRIMARY KEY, scope VARCHAR NOT NULL);
        ALTER TABLE model_sources ADD COLUMN source_key VARCHAR;
        UPDATE model_sources SET source_key = key;
        ALTER TABLE observations ADD COLUMN source_model VARCHAR;
        UPDATE observations SET source_model = model;
        """;
}
