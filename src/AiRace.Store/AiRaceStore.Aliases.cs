using AiRace.Core.Domain;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>
    /// Records the batch's new aliases and renames, in the rows already stored in the same scope, every key whose
    /// <see cref="ModelKeyMap"/> result they change. Returns how the batch's own keys map, so the result does not depend
    /// on import order. Batches without a scope keep their keys.
    /// </summary>
    private Func<string, string> WriteAliases(long id, ImportBatch batch)
    {
        if (batch.AliasScope is not { } scope)
        {
            if (batch.Aliases.Count > 0)
            {
                throw new ArgumentException($"Batch '{batch.SourceKind}' has model aliases but no AliasScope; set one.", nameof(batch));
            }

            return key => key;
        }

        var existing = ScopeAliases(scope);
        var known = existing.ToHashSet();
        var added = batch.Aliases.Distinct().Where(a => !known.Contains(a)).ToList();
        var before = new ModelKeyMap(existing);
        var after = added.Count == 0 ? before : new ModelKeyMap(existing.Concat(added));

        using (var cmd = Command("INSERT OR IGNORE INTO import_alias_scopes VALUES ($1, $2)", id, scope))
        {
            cmd.ExecuteNonQuery();
        }

        if (added.Count == 0)
        {
            return before.KeyOf;
        }

        using (var app = _connection.CreateAppender("model_aliases"))
        {
            foreach (var a in added)
            {
                app.CreateRow().AppendValue(id).AppendValue(scope).AppendValue(a.Alias).AppendValue(a.Key).EndRow();
            }
        }

        foreach (var source in before.Aliases.Union(after.Aliases, StringComparer.Ordinal).Where(s => before.KeyOf(s) != after.KeyOf(s)))
        {
            Rename(scope, source, after.KeyOf(source));
        }

        return after.KeyOf;
    }

    private List<ModelAlias> ScopeAliases(string scope)
    {
        using var cmd = Command("SELECT DISTINCT alias, key FROM model_aliases WHERE scope = $1", scope);
        using var r = cmd.ExecuteReader();
        var list = new List<ModelAlias>();
        while (r.Read())
        {
            list.Add(new ModelAlias(r.GetString(0), r.GetString(1)));
        }

        return list;
    }

    private void Rename(string scope, string sourceKey, string key)
    {
        foreach (var (table, column, source) in new[] { ("observations", "model", "source_model"), ("model_sources", "key", "source_key") })
        {
            using var cmd = Command(
                $"""
                UPDATE {table} SET {column} = $1
                WHERE {source} = $2 AND import_id IN (SELECT import_id FROM import_alias_scopes WHERE scope = $3)
                """,
                key, sourceKey, scope);
            cmd.ExecuteNonQuery();
        }
    }
}
