namespace AiRace.Store;

internal static partial class StoreSchema
{
    /// <summary>
    /// Adoption and usage tables: Hub repository snapshots (<c>hub_models</c>, the same table the live Hugging Face connector
    /// writes), trending places, and weekly OpenRouter token rankings with what each file says about its own coverage.
    /// </summary>
    public const string AdoptionDdl = """
        CREATE TABLE hub_models (
            import_id BIGINT NOT NULL,
            snapshot_date DATE NOT NULL,
            repo_id VARCHAR NOT NULL,
            author VARCHAR,
            downloads BIGINT,
            downloads_all_time BIGINT,
            likes BIGINT,
            created_at TIMESTAMP,
            pipeline_tag VARCHAR,
            library VARCHAR,
            license VARCHAR,
            base_model VARCHAR,
            base_relation VARCHAR,
            parameters BIGINT,
            tags VARCHAR
        );
        CREATE TABLE hub_trending (
            import_id BIGINT NOT NULL,
            snapshot_date DATE NOT NULL,
            rank INTEGER NOT NULL,
            repo_id VARCHAR NOT NULL
        );
        CREATE TABLE usage_weekly (
            import_id BIGINT NOT NULL,
            source_date DATE NOT NULL,
            week DATE NOT NULL,
            slug VARCHAR NOT NULL,
            base_slug VARCHAR NOT NULL,
            variant VARCHAR,
            is_free BOOLEAN NOT NULL,
            source_is_free BOOLEAN,
            name VARCHAR NOT NULL,
            rank INTEGER NOT NULL,
            total_tokens BIGINT NOT NULL,
            percent_change DOUBLE,
            listed_models INTEGER NOT NULL,
            listed_total BIGINT NOT NULL,
            source_total BIGINT,
            has_other_row BOOLEAN NOT NULL
        );
        """;
}
