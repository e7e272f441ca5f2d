using System.Globalization;
using AiRace.Core;
using AiRace.Core.Domain;
using DuckDB.NET.Data;

namespace AiRace.Store;

public sealed partial class AiRaceStore
{
    /// <summary>Finds an earlier import of the same content by the same importer, if any.</summary>
    public long? FindImport(string sha256, string sourceKind)
    {
        using var cmd = Command("SELECT id FROM imports WHERE sha256 = $1 AND source_kind = $2", sha256, sourceKind);
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes <paramref name="batch"/> in one transaction. A failure rolls everything back, leaving the store as it was.
    /// The same content (sha256) from the same importer is written once; a second time returns <c>AlreadyImported</c>.
    /// </summary>
    public ImportOutcome Import(ImportBatch batch, ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(source);
        if (FindImport(source.Sha256, batch.SourceKind) is { } existing)
        {
            return new ImportOutcome(existing, 0, AlreadyImported: true);
        }

        using var tx = _connection.BeginTransaction();
        try
        {
            long id;
            using (var cmd = Command("SELECT nextval('import_id_seq')"))
            {
                id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            using (var cmd = Command(
                "INSERT INTO imports VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, $9)",
                id, batch.SourceKind, source.FileName, source.Path, source.Sha256, source.Bytes, batch.RowCount,
                batch.RetrievedAt?.UtcDateTime, batch.Attribution))
            {
                cmd.ExecuteNonQuery();
            }

            var rows = WriteBatch(id, batch);
            if (rows != batch.RowCount)
            {
                using var cmd = Command("UPDATE imports SET rows = $1 WHERE id = $2", rows, id);
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
            return new ImportOutcome(id, rows, AlreadyImported: false);
        }
        catch (DuckDBException ex)
        {
            RollBack(tx);
            throw new AiRaceException(
                ErrorKind.BadData,
                $"Cannot import '{source.FileName}': the store refused it ({ex.Message}). Nothing was written.",
                ex);
        }
        catch
        {
            RollBack(tx);
            throw;
        }
    }

    /// <summary>Rolls back, unless a failed commit already ended the transaction (a full disk): the first error is the one to report.</summary>
    private static void RollBack(System.Data.Common.DbTransaction tx)
    {
        try
        {
            tx.Rollback();
        }
        catch (InvalidOperationException)
        {
            // The transaction was already finished by the failed commit; DuckDB rolled it back.
        }
    }

    /// <summary>
    /// Writes everything a batch holds under import <paramref name="id"/> (metrics, aliases, models, organizations,
    /// observations, adoption and usage rows) inside the caller's transaction; returns the rows written.
    /// File imports, live updates and rebuilds all write through here.
    /// </summary>
    internal long WriteBatch(long id, ImportBatch batch)
    {
        WriteMetrics(batch.Metrics);
        var keyOf = WriteAliases(id, batch);
        WriteRows(id, batch, keyOf);
        return batch.RowCount + WriteAdoptionRows(id, batch);
    }

    internal void WriteMetrics(IEnumerable<Metric> metrics)
    {
        foreach (var m in metrics.DistinctBy(m => m.Id))
        {
            using var cmd = Command(
                "INSERT INTO metrics VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
                m.Id, m.Name, MetricKindNames.ToName(m.Kind), m.HigherIsBetter, m.Unit, m.Description);
            cmd.ExecuteNonQuery();
        }
    }

    private void WriteRows(long id, ImportBatch batch, Func<string, string> keyOf)
    {
        using (var app = _connection.CreateAppender("model_sources"))
        {
            foreach (var m in batch.Models)
            {
                app.CreateRow()
                    .AppendValue(id)
                    .AppendValue(keyOf(m.Key))
                    .AppendValue(m.Name)
                    .AppendValue(m.Organization)
                    .AppendValue(m.ReleaseDate)
                    .AppendValue(OpennessNames.ToName(m.Openness))
                    .AppendValue(m.SourceCountry)
                    .AppendValue(m.SourceId)
                    .AppendValue(m.HuggingFaceId)
                    .AppendValue(m.OpenRouterId)
                    .AppendValue(m.Key)
                    .EndRow();
            }
        }

        using (var app = _connection.CreateAppender("organization_sources"))
        {
            foreach (var o in batch.Organizations)
            {
                app.CreateRow()
                    .AppendValue(id)
                    .AppendValue(o.Name)
                    .AppendValue(o.Country)
                    .AppendValue(o.Origin)
                    .AppendValue(o.SourceUrl)
                    .EndRow();
            }
        }

        using (var app = _connection.CreateAppender("observations"))
        {
            foreach (var o in batch.Observations)
            {
                app.CreateRow()
                    .AppendValue(id)
                    .AppendValue(o.MetricId)
                    .AppendValue(keyOf(o.ModelKey))
                    .AppendValue(o.Date)
                    .AppendValue(o.Score)
                    .AppendValue(o.CiLow)
                    .AppendValue(o.CiHigh)
                    .AppendValue(o.Votes)
                    .AppendValue(o.ModelKey)
                    .EndRow();
            }
        }

    }
}
