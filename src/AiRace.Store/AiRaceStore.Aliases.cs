using AiRace.Core.Domain;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// Rewrites model keys by the alias map of each scope (<c>model_key_map</c>): an alias that is not itself a key of
    /// that scope, and that names exactly one key, becomes that key. Affects the new import's rows and the rows whose
    /// original key this import's aliases touch, so the result does not depend on import order.
    /// </summary>
    private const string ResolveTemplate = """
        UPDATE {0} SET {1} = coalesce(
            (SELECT m.key FROM import_alias_scopes s JOIN model_key_map m ON m.scope = s.scope
             WHERE s.import_id = {0}.import_id AND m.alias = {0}.{2}),
            {0}.{2})
        WHERE {0}.import_id = $1
           OR {0}.{2} IN (SELECT alias FROM model_aliases WHERE import_id = $1
                          UNION SELECT key FROM model_aliases WHERE import_id = $1)
        """;

    private void WriteAliases(long id, ImportBatch batch)
    {
        if (batch.AliasScope is null)
        {
            if (batch.Aliases.Count > 0)
            {
                throw new ArgumentException($"Batch '{batch.SourceKind}' has model aliases but no AliasScope; set one.", nameof(batch));
            }

            return;
        }

        using (var cmd = Command("INSERT INTO import_alias_scopes VALUES ($1, $2)", id, batch.AliasScope))
        {
            cmd.ExecuteNonQuery();
        }

        using (var app = _connection.CreateAppender("model_aliases"))
        {
            foreach (var a in batch.Aliases.Distinct())
            {
                app.CreateRow().AppendValue(id).AppendValue(batch.AliasScope).AppendValue(a.Alias).AppendValue(a.Key).EndRow();
            }
        }

        foreach (var (table, column, source) in new[] { ("observations", "model", "source_model"), ("model_sources", "key", "source_key") })
        {
            using var cmd = Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, ResolveTemplate, table, column, source), id);
            cmd.ExecuteNonQuery();
        }
    }
}
