using AiRace.Core.Domain;
using DuckDB.NET.Data;

namespace AiRace.Store;

/// <summary>
/// Re-derives every table from the imports and the raw archive in one transaction: the derived rows (models, organizations,
/// observations, Hub snapshots) are cleared, then each import's rows are written again under its own id. Imports, the archive
/// and metric definitions stay. Disposing without <see cref="Commit"/> leaves the store as it was.
/// </summary>
public sealed class StoreRebuild : IDisposable
{
    private static readonly string[] DerivedTables =
    [
        "observations", "model_sources", "organization_sources", "hub_models", "hub_trending", "usage_weekly", "model_aliases",
        "import_alias_scopes",
    ];

    private readonly AiRaceStore _store;
    private readonly DuckDBTransaction _tx;
    private readonly Dictionary<long, long> _rows = [];
    private bool _finished;

    internal StoreRebuild(AiRaceStore store)
    {
        _store = store;
        _tx = store.Connection.BeginTransaction();
        foreach (var table in DerivedTables)
        {
            store.Execute($"DELETE FROM {table}");
        }

        // Archived responses whose import record is gone (what `airace check` calls orphans) cannot be rebuilt: drop them.
        store.Execute("DELETE FROM archive WHERE import_id NOT IN (SELECT id FROM imports)");
    }

    /// <summary>A sink writing the rows of import <paramref name="importId"/>.</summary>
    public IImportSink For(long importId)
    {
        _rows.TryAdd(importId, 0);
        return new Sink(this, importId);
    }

    /// <summary>Removes an import, its archived responses and its rows (for a file that is gone).</summary>
    public void Drop(long importId)
    {
        using (var cmd = _store.Command("DELETE FROM archive WHERE import_id = $1", importId))
        {
            cmd.ExecuteNonQuery();
        }

        using (var cmd = _store.Command("DELETE FROM imports WHERE id = $1", importId))
        {
            cmd.ExecuteNonQuery();
        }

        _rows.Remove(importId);
    }

    /// <summary>Updates each import's row count and commits.</summary>
    public void Commit()
    {
        foreach (var (id, rows) in _rows)
        {
            using var cmd = _store.Command("UPDATE imports SET rows = $1 WHERE id = $2", rows, id);
            cmd.ExecuteNonQuery();
        }

        _tx.Commit();
        _finished = true;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _tx.Rollback();
        }

        _tx.Dispose();
    }

    private sealed class Sink(StoreRebuild owner, long importId) : IImportSink
    {
        public void Add(ImportBatch batch)
        {
            ArgumentNullException.ThrowIfNull(batch);
            owner._rows[importId] = owner._rows.GetValueOrDefault(importId) + owner._store.WriteBatch(importId, batch);
        }
    }
}
