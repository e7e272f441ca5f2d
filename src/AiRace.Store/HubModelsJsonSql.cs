using System.Globalization;
using AiRace.Core.Domain;

namespace AiRace.Store;

/// <summary>
/// The SQL that loads a Hugging Face <c>/api/models</c> file into <c>hub_models</c> with DuckDB's own JSON reader, applying
/// the same rules as <see cref="AiRace.Core.Adoption.HubLineageTags"/>: base and relation from the first
/// <c>base_model:&lt;relation&gt;:&lt;id&gt;</c> tag, else the card's <c>base_model</c> (first of a list), else the first plain
/// <c>base_model:&lt;id&gt;</c> tag (relation unknown); a base equal to the repository is none; licence from the card, else a
/// <c>license:</c> tag; author from the record, else the repository id's owner; parameters from <c>safetensors.total</c>.
/// </summary>
internal static class HubModelsJsonSql
{
    /// <summary>True for a <c>base_model:&lt;relation&gt;:&lt;id&gt;</c> tag (prefix tests: cheaper than a regular expression).</summary>
    private const string IsRelationTag =
        "(starts_with(x, 'base_model:finetune:') OR starts_with(x, 'base_model:adapter:') OR " +
        "starts_with(x, 'base_model:quantized:') OR starts_with(x, 'base_model:merge:'))";

    private const string Columns =
        "{id: 'VARCHAR', modelId: 'VARCHAR', author: 'VARCHAR', downloads: 'BIGINT', downloadsAllTime: 'BIGINT', likes: 'BIGINT', " +
        "createdAt: 'VARCHAR', pipeline_tag: 'VARCHAR', library_name: 'VARCHAR', tags: 'VARCHAR[]', cardData: 'JSON', " +
        "safetensors: 'STRUCT(total BIGINT)'}";

    /// <summary>An <c>INSERT ... SELECT</c> of every record of <paramref name="file"/> under import <paramref name="importId"/>.</summary>
    public static string Insert(long importId, HubModelsJsonFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = file.Path.Replace("'", "''", StringComparison.Ordinal);
        var format = file.JsonLines ? "newline_delimited" : "array";
        var id = importId.ToString(CultureInfo.InvariantCulture);
        var date = file.SnapshotDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            INSERT INTO hub_models
            WITH src AS (
                SELECT coalesce(id, modelId) AS rid, author, downloads, downloadsAllTime, likes, createdAt, pipeline_tag,
                       library_name, coalesce(tags, []::VARCHAR[]) AS tags, cardData, safetensors
                FROM read_json('{path}', format = '{format}', columns = {Columns})
            ), t AS (
                SELECT *,
                       list_filter(tags, x -> {IsRelationTag})[1] AS rel_tag,
                       list_filter(tags, x -> starts_with(x, 'base_model:') AND NOT {IsRelationTag})[1] AS plain_tag,
                       list_filter(tags, x -> starts_with(x, 'license:'))[1] AS license_tag,
                       CASE json_type(cardData, '$.base_model') WHEN 'ARRAY' THEN json_extract_string(cardData, '$.base_model[0]')
                            ELSE json_extract_string(cardData, '$.base_model') END AS card_base,
                       CASE json_type(cardData, '$.license') WHEN 'ARRAY' THEN json_extract_string(cardData, '$.license[0]')
                            ELSE json_extract_string(cardData, '$.license') END AS card_license
                FROM src
            ), b AS (
                SELECT *,
                       CASE WHEN rel_tag IS NOT NULL THEN substr(rel_tag, length(split_part(rel_tag, ':', 2)) + 13)
                            ELSE coalesce(card_base, substr(plain_tag, 12)) END AS base0,
                       CASE WHEN rel_tag IS NOT NULL THEN split_part(rel_tag, ':', 2) END AS rel0
                FROM t
            )
            SELECT {id}, DATE '{date}', rid,
                   coalesce(author, CASE WHEN contains(rid, '/') THEN split_part(rid, '/', 1) END),
                   downloads, downloadsAllTime, likes, TRY_CAST(createdAt AS TIMESTAMP), pipeline_tag, library_name,
                   coalesce(card_license, substr(license_tag, 9)),
                   CASE WHEN base0 IS NULL OR base0 = '' OR base0 = rid THEN NULL ELSE base0 END,
                   CASE WHEN base0 IS NULL OR base0 = '' OR base0 = rid THEN NULL ELSE coalesce(rel0, 'unknown') END,
                   safetensors.total,
                   CASE WHEN len(tags) > 0 THEN array_to_string(tags, '|') END
            FROM b
            """;
    }
}
