namespace AiRace.Store;

internal static partial class StoreSchema
{
    /// <summary>
    /// The one rule for merging a model's fields over its sources (the <c>models</c> view since v6, and the as-of queries
    /// with a filter on the imports). Each source (one import) has a date: its retrieval date (live), else the last
    /// <c>YYYY-MM-DD</c> in its file's path (snapshot folders), else its latest observation date; a source with none ranks
    /// after every dated one. Per field, the values the sources give are ranked, and the rule that separated the winner
    /// from the runner-up is kept in <c>*_rule</c> (<c>agreed</c> when no source disagrees):
    /// <list type="bullet">
    /// <item><b>openness</b>: <c>publisher</c> (the model's own Hugging Face repository is listed by a Hub snapshot: its
    /// weights are published) beats <c>newest-source</c> (the value of the newest dated source), then
    /// <c>most-sources</c> (more imports), then <c>tie-closed</c>; <c>unknown</c> is never a value.</item>
    /// <item><b>release_date</b>: <c>most-sources</c> (the date given by the most source kinds), else <c>earliest</c>.</item>
    /// <item><b>organization</b>: <c>single-over-joint</c> (a single organization beats a joint credit), then
    /// <c>newest-source</c>, then <c>most-sources</c>, then <c>first-import</c>.</item>
    /// </list>
    /// The source country follows the newest dated source that has one; name and Hub/OpenRouter ids: the earliest import.
    /// </summary>
    /// <param name="importFilter">A condition on <c>imports i</c> choosing the imports that count (<c>TRUE</c>: all).</param>
    public static string ModelMergeCtes(string importFilter) => $$"""
        WITH import_dates AS (
            SELECT i.id, i.source_kind, i.path,
                   coalesce(CAST(timezone('UTC', i.retrieved_at) AS DATE),
                            try_cast(nullif(regexp_extract(i.path, '.*(\d{4}-\d{2}-\d{2})', 1), '') AS DATE),
                            o.last_date) AS source_date
            FROM imports i
            LEFT JOIN (SELECT import_id, max(date) AS last_date FROM observations GROUP BY import_id) o ON o.import_id = i.id
            WHERE {{importFilter}}
        ),
        src AS (
            SELECT s.*, d.source_kind, d.path, d.source_date
            FROM model_sources s JOIN import_dates d ON d.id = s.import_id
        ),
        open_evidence AS (
            SELECT key, import_id, source_kind, path, source_date, openness, 0 AS tier FROM src WHERE openness <> 'unknown'
            UNION ALL
            SELECT DISTINCT f.key, h.import_id, d.source_kind, d.path, h.snapshot_date, 'open', 1
            FROM (SELECT DISTINCT key, lower(hugging_face_id) AS repo FROM src WHERE hugging_face_id IS NOT NULL) f
            JOIN hub_models h ON lower(h.repo_id) = f.repo
            JOIN import_dates d ON d.id = h.import_id
        ),
        open_ranked AS (
            SELECT key, openness AS value, max(tier) AS tier, max(source_date) AS last_date, count(DISTINCT import_id) AS n
            FROM open_evidence GROUP BY key, openness
        ),
        open_pick AS (
            SELECT key, value,
                   CASE WHEN next_tier IS NULL THEN 'agreed'
                        WHEN tier > next_tier THEN 'publisher'
                        WHEN last_date IS NOT NULL AND (next_date IS NULL OR last_date > next_date) THEN 'newest-source'
                        WHEN n > next_n THEN 'most-sources'
                        ELSE 'tie-closed' END AS rule
            FROM (SELECT *, row_number() OVER w AS rk, lead(tier) OVER w AS next_tier, lead(last_date) OVER w AS next_date, lead(n) OVER w AS next_n
                  FROM open_ranked
                  WINDOW w AS (PARTITION BY key ORDER BY tier DESC, last_date DESC NULLS LAST, n DESC, value))
            WHERE rk = 1
        ),
        date_ranked AS (
            SELECT key, release_date AS value, count(DISTINCT source_kind) AS n
            FROM src WHERE release_date IS NOT NULL GROUP BY key, release_date
        ),
        date_pick AS (
            SELECT key, value,
                   CASE WHEN next_n IS NULL THEN 'agreed' WHEN n > next_n THEN 'most-sources' ELSE 'earliest' END AS rule
            FROM (SELECT *, row_number() OVER w AS rk, lead(n) OVER w AS next_n
                  FROM date_ranked WINDOW w AS (PARTITION BY key ORDER BY n DESC, value))
            WHERE rk = 1
        ),
        org_ranked AS (
            SELECT key, organization AS value, organization LIKE '%,%' AS joint, max(source_date) AS last_date,
                   count(DISTINCT import_id) AS n, min(import_id) AS first_import
            FROM src WHERE organization IS NOT NULL GROUP BY key, organization
        ),
        org_pick AS (
            SELECT key, value,
                   CASE WHEN next_joint IS NULL THEN 'agreed'
                        WHEN NOT joint AND next_joint THEN 'single-over-joint'
                        WHEN last_date IS NOT NULL AND (next_date IS NULL OR last_date > next_date) THEN 'newest-source'
                        WHEN n > next_n THEN 'most-sources'
                        ELSE 'first-import' END AS rule
            FROM (SELECT *, row_number() OVER w AS rk, lead(joint) OVER w AS next_joint, lead(last_date) OVER w AS next_date, lead(n) OVER w AS next_n
                  FROM org_ranked
                  WINDOW w AS (PARTITION BY key ORDER BY joint, last_date DESC NULLS LAST, n DESC, first_import))
            WHERE rk = 1
        ),
        merged AS (
            SELECT b.key, b.name, o.value AS organization, r.value AS release_date, coalesce(p.value, 'unknown') AS openness,
                   b.source_country, b.hugging_face_id, b.openrouter_id,
                   o.rule AS organization_rule, r.rule AS release_date_rule, p.rule AS openness_rule
            FROM (SELECT key,
                         arg_min(name, import_id) AS name,
                         arg_max(source_country, (coalesce(source_date, DATE '0001-01-01'), -import_id)) FILTER (WHERE source_country IS NOT NULL) AS source_country,
                         arg_min(hugging_face_id, import_id) FILTER (WHERE hugging_face_id IS NOT NULL) AS hugging_face_id,
                         arg_min(openrouter_id, import_id) FILTER (WHERE openrouter_id IS NOT NULL) AS openrouter_id
                  FROM src GROUP BY key) b
            LEFT JOIN org_pick o ON o.key = b.key
            LEFT JOIN date_pick r ON r.key = b.key
            LEFT JOIN open_pick p ON p.key = b.key
        )
        """;

    /// <summary>The merged models (see <see cref="ModelMergeCtes"/>) over the imports <paramref name="importFilter"/> keeps.</summary>
    public static string ModelMerge(string importFilter) => ModelMergeCtes(importFilter) + " SELECT * FROM merged";
}
