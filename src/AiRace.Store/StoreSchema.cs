namespace AiRace.Store;

/// <summary>The store's DDL and its migrations. Bump <see cref="CurrentVersion"/> and add a step to <see cref="Migrations"/> for each change.</summary>
internal static partial class StoreSchema
{
    public const int CurrentVersion = 7;

    /// <summary>Step i upgrades a store from version i to i + 1. Version 0 is an empty file.</summary>
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE airace_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        CREATE SEQUENCE import_id_seq START 1;
        CREATE TABLE imports (
            id BIGINT PRIMARY KEY,
            source_kind VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            bytes BIGINT NOT NULL,
            rows BIGINT NOT NULL,
            imported_at TIMESTAMPTZ NOT NULL,
            retrieved_at TIMESTAMPTZ,
            attribution VARCHAR NOT NULL
        );
        CREATE UNIQUE INDEX imports_sha ON imports (sha256, source_kind);
        CREATE TABLE metrics (
            id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            higher_is_better BOOLEAN NOT NULL,
            unit VARCHAR NOT NULL,
            description VARCHAR NOT NULL
        );
        CREATE TABLE model_sources (
            import_id BIGINT NOT NULL,
            key VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            organization VARCHAR,
            release_date DATE,
            openness VARCHAR NOT NULL,
            source_country VARCHAR,
            source_id VARCHAR,
            hugging_face_id VARCHAR,
            openrouter_id VARCHAR
        );
        CREATE TABLE organization_sources (
            import_id BIGINT NOT NULL,
            name VARCHAR NOT NULL,
            country VARCHAR,
            origin VARCHAR NOT NULL,
            source_url VARCHAR
        );
        CREATE TABLE observations (
            import_id BIGINT NOT NULL,
            metric VARCHAR NOT NULL,
            model VARCHAR NOT NULL,
            date DATE NOT NULL,
            score DOUBLE NOT NULL,
            ci_low DOUBLE,
            ci_high DOUBLE,
            votes BIGINT
        );
        CREATE VIEW models AS
        SELECT key,
               arg_min(name, import_id) AS name,
               arg_min(organization, import_id) FILTER (WHERE organization IS NOT NULL) AS organization,
               min(release_date) AS release_date,
               coalesce(arg_min(openness, import_id) FILTER (WHERE openness <> 'unknown'), 'unknown') AS openness,
               arg_min(source_country, import_id) FILTER (WHERE source_country IS NOT NULL) AS source_country,
               arg_min(hugging_face_id, import_id) FILTER (WHERE hugging_face_id IS NOT NULL) AS hugging_face_id,
               arg_min(openrouter_id, import_id) FILTER (WHERE openrouter_id IS NOT NULL) AS openrouter_id
        FROM model_sources
        GROUP BY key;
        """,

        // v2 (its own text, kept as it was; v6 replaces the view): when sources disagree on a model's organization, a single organization beats a joint credit
        // ("Microsoft" over "Microsoft,Peking University"); among equals the earliest import still wins.
        """
        CREATE OR REPLACE VIEW models AS
        SELECT key,
               arg_min(name, import_id) AS name,
               arg_min(organization, (CASE WHEN organization LIKE '%,%' THEN 1000000000000 ELSE 0 END) + import_id)
                   FILTER (WHERE organization IS NOT NULL) AS organization,
               min(release_date) AS release_date,
               coalesce(arg_min(openness, import_id) FILTER (WHERE openness <> 'unknown'), 'unknown') AS openness,
               arg_min(source_country, import_id) FILTER (WHERE source_country IS NOT NULL) AS source_country,
               arg_min(hugging_face_id, import_id) FILTER (WHERE hugging_face_id IS NOT NULL) AS hugging_face_id,
               arg_min(openrouter_id, import_id) FILTER (WHERE openrouter_id IS NOT NULL) AS openrouter_id
        FROM model_sources
        GROUP BY key;
        """,

        // v3: model aliases (LMArena display names → keys).
        ModelAliasesDdl,

        // v4: adoption and usage (hub_models, hub_trending, usage_weekly).
        AdoptionDdl,

        // v5: the raw archive of live responses (hub_models came with v4).
        Live,

        // v6: conflicting metadata is resolved by a stated precedence per field (publisher, newest dated source, most
        // sources), not by import order, and the view says which rule decided each field (see ModelMergeCtes).
        $"CREATE OR REPLACE VIEW models AS {ModelMerge("TRUE")};",

        // v7: the cache of derived results, keyed by the store's content and the as-of date.
        DerivedResultsDdl,
    ];
}
