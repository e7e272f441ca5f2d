using System.Globalization;
using AiRace.Core;
using AiRace.Core.Domain;
using DuckDB.NET.Data;

namespace AiRace.Store;

/// <summary>
/// One live source run written as one import inside one transaction: responses are archived and their rows appended as they
/// stream in, and <see cref="Commit"/> makes all of it visible at once. Disposing without committing rolls everything back,
/// so a run that fails on page 7 of 10 leaves the store exactly as it was.
/// </summary>
public sealed class LiveImport : IImportSink, IDisposable
{
    private readonly AiRaceStore _store;
    private readonly DuckDBTransaction _tx;
    private int _seq;
    private readonly string? _previousMemoryLimit;
    private bool _finished;

    internal LiveImport(AiRaceStore store, string sourceKind, string sourceName, DateTimeOffset retrievedAt, string? memoryLimit)
    {
        _store = store;
        if (memoryLimit is not null)
        {
            // Rows written so far are already on disk (DuckDB writes large uncommitted appends optimistically); the limit
            // keeps its buffer cache from holding them all, so memory stays flat however many pages a run reads.
            using var current = store.Command("SELECT current_setting('memory_limit')");
            _previousMemoryLimit = current.ExecuteScalar() as string;
            store.Execute($"SET memory_limit = '{memoryLimit.Replace("'", string.Empty, StringComparison.Ordinal)}'");
        }

        SourceKind = sourceKind;
        SourceName = sourceName;
        RetrievedAt = retrievedAt;
        _tx = store.Connection.BeginTransaction();
        using var cmd = store.Command("SELECT nextval('import_id_seq')");
        ImportId = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The import id the rows are written under.</summary>
    public long ImportId { get; }

    public string SourceKind { get; }

    public string SourceName { get; }

    /// <summary>When the run started: the import's <c>retrieved_at</c>, and the snapshot date of what it reads.</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Keeps one response in the archive (compressed) and returns its archive id.</summary>
    public long Archive(ArchiveEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        long id;
        using (var cmd = _store.Command("SELECT nextval('archive_id_seq')"))
        {
            id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var stored = entry.Body is { } body ? ArchiveCodec.Compress(body.Span) : null;
        using (var app = _store.Connection.CreateAppender("archive"))
        {
            var row = app.CreateRow()
                .AppendValue(id)
                .AppendValue(ImportId)
                .AppendValue(entry.Source)
                .AppendValue(_seq++)
                .AppendValue(entry.Url)
                .AppendValue(entry.RetrievedAt)
                .AppendValue(entry.Status)
                .AppendValue(entry.ContentType)
                .AppendValue(entry.ETag)
                .AppendValue(entry.LastModified)
                .AppendValue(entry.NextUrl)
                .AppendValue(entry.Sha256)
                .AppendValue(entry.Bytes)
                .AppendValue((long)(stored?.Length ?? 0))
                .AppendValue(ArchiveCodec.Encoding);
            (stored is null ? row.AppendNullValue() : row.AppendValue(stored))
                .AppendValue(entry.ReusedFrom)
                .EndRow();
        }

        return id;
    }

    /// <inheritdoc />
    public void Add(ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Rows += _store.WriteBatch(ImportId, batch);
    }

    /// <summary>
    /// Records the import and commits. When the same content (<paramref name="sha256"/>) from the same source was imported
    /// before, rolls back instead and returns <c>AlreadyImported</c>: an unchanged source writes nothing.
    /// </summary>
    public ImportOutcome Commit(string path, string attribution, string sha256, long bytes)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_store.FindImport(sha256, SourceKind) is { } existing)
        {
            Rollback();
            return new ImportOutcome(existing, 0, AlreadyImported: true);
        }

        try
        {
            using (var cmd = _store.Command(
                "INSERT INTO imports VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, $9)",
                ImportId, SourceKind, SourceName, path, sha256, bytes, Rows, RetrievedAt.UtcDateTime, attribution))
            {
                cmd.ExecuteNonQuery();
            }

            _tx.Commit();
            _finished = true;
            return new ImportOutcome(ImportId, Rows, AlreadyImported: false);
        }
        catch (DuckDBException ex)
        {
            Rollback();
            throw new AiRaceException(ErrorKind.BadData, $"Cannot record the '{SourceName}' update: the store refused it ({ex.Message}). Nothing was written.", ex);
        }
    }

    /// <summary>Drops everything written so far.</summary>
    public void Rollback()
    {
        if (!_finished)
        {
            _finished = true;
            _tx.Rollback();
        }
    }

    public void Dispose()
    {
        Rollback();
        _tx.Dispose();
        if (_previousMemoryLimit is not null)
        {
            _store.Execute($"SET memory_limit = '{_previousMemoryLimit}'");
        }
    }
}
