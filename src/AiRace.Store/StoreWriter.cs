using AiRace.Core;

namespace AiRace.Store;

/// <summary>
/// The one writer of a store: holds <c>&lt;store&gt;.lock</c> (a second writer is told the store is busy), works on a staging
/// copy (<c>&lt;store&gt;.staging</c>) and, on <see cref="Publish"/>, checkpoints it and renames it over the store in one atomic
/// step. Readers open the published file read-only at any time and see the old or the new store, never a mix; a writer killed
/// at any moment leaves the published store as it was (the next writer discards the stale staging copy).
/// </summary>
public sealed class StoreWriter : IDisposable
{
    private readonly FileStream? _lock;
    private readonly string? _staging;
    private bool _published;
    private bool _renews = true;
    private string? _cacheMarker;

    private StoreWriter(AiRaceStore store, FileStream? lockStream, string? staging)
    {
        Store = store;
        _lock = lockStream;
        _staging = staging;
    }

    /// <summary>The staging store every write goes to; nothing is visible to readers before <see cref="Publish"/>.</summary>
    public AiRaceStore Store { get; }

    /// <summary>
    /// Takes the writer lock of the store at <paramref name="path"/> and opens a staging copy of it. A lock held by a
    /// cache write-back (<see cref="TryBeginCacheWrite"/>, a second at most) is waited for up to <see cref="LockWait"/>;
    /// a lock held by another import, update or rebuild is reported busy at once.
    /// </summary>
    public static StoreWriter Begin(string path) => Begin(path, tolerateWal: true, LockWait);

    /// <summary>How long <see cref="Begin(string)"/> retries a busy writer lock before saying the store is busy.</summary>
    public static TimeSpan LockWait { get; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A writer that only adds cached derived results (the data and the content key stay as they are), or null when it
    /// cannot start at once: <c>:memory:</c>, a missing or read-only store, another writer holding the lock, a log to heal,
    /// or any I/O failure. It never waits and never throws for those: a read must not fail because its cache could not be written.
    /// </summary>
    public static StoreWriter? TryBeginCacheWrite(string path)
    {
        if (path == ":memory:" || !File.Exists(path) || File.Exists(path + ".wal"))
        {
            return null;
        }

        // The marker tells a full writer that finds the lock taken that it is held by a short cache write-back, worth waiting for.
        var marker = CacheMarker(System.IO.Path.GetFullPath(path));
        try
        {
            File.WriteAllText(marker, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var writer = Begin(path, tolerateWal: false, TimeSpan.Zero);
            writer._renews = false;
            writer._cacheMarker = marker;
            return writer;
        }
        catch (Exception ex) when (ex is AiRaceException or IOException or UnauthorizedAccessException)
        {
            Delete(marker);
            return null;
        }
    }

    private static StoreWriter Begin(string path, bool tolerateWal, TimeSpan lockWait)
    {
        StorePath.Check(path);
        if (path == ":memory:")
        {
            return new StoreWriter(AiRaceStore.Open(path), null, null);
        }

        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        RefuseReadOnly(path, full);
        var lockStream = Lock(path, full, lockWait);
        var staging = full + ".staging";
        try
        {
            Delete(staging);
            if (File.Exists(full))
            {
                if (File.Exists(full + ".wal"))
                {
                    if (!tolerateWal)
                    {
                        throw new IOException($"'{full}.wal' needs healing by a full writer.");
                    }

                    Heal(path, full);
                }

                File.Copy(full, staging);
            }

            return new StoreWriter(AiRaceStore.OpenFile(staging, path, StoreSchema.CurrentVersion), lockStream, staging);
        }
        catch
        {
            Delete(staging);
            lockStream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checkpoints the staging copy and renames it over the published store (atomic); later writes are refused. A writer
    /// from <see cref="Begin(string)"/> first renews the content stamp (the content key changes), then runs
    /// <paramref name="beforePublish"/> (the cache warm-up: what it caches is keyed by the new content), and drops every
    /// cached result of another content key.
    /// </summary>
    public void Publish(Action? beforePublish = null)
    {
        ObjectDisposedException.ThrowIf(_published, this);
        if (_renews)
        {
            Store.RenewContentStamp();
        }

        beforePublish?.Invoke();
        Store.DropStaleDerivedResults();
        _published = true;
        if (_staging is null)
        {
            return;
        }

        Store.Checkpoint();
        Store.Dispose();
        using (var flush = new FileStream(_staging, FileMode.Open, FileAccess.ReadWrite))
        {
            flush.Flush(flushToDisk: true);
        }

        File.Move(_staging, _staging[..^".staging".Length], overwrite: true);
    }

    /// <summary>Discards the staging copy unless it was published, and releases the writer lock.</summary>
    public void Dispose()
    {
        Store.Dispose();
        if (_staging is not null && !_published)
        {
            Delete(_staging);
        }

        _published = true;
        _lock?.Dispose();
        if (_cacheMarker is not null)
        {
            Delete(_cacheMarker);
        }
    }

    /// <summary>The file that says the writer lock is held by a cache write-back (a second at most), not by an import.</summary>
    private static string CacheMarker(string full) => full + ".lock.cache";

    /// <summary>
    /// A published store with a write-ahead log beside it (left by an AiRace before staging, or by another DuckDB client):
    /// folds the log into the file. A log DuckDB keeps even after a checkpoint is the tail of a transaction cut off by a
    /// crash, which DuckDB would replay on every open (rows without an import): it is moved aside to
    /// <c>&lt;store&gt;.wal.stale</c>, so that no log ever sits beside a store published by rename.
    /// </summary>
    private static void Heal(string path, string full)
    {
        using (var healed = AiRaceStore.OpenFile(full, path, StoreSchema.CurrentVersion))
        {
            healed.Checkpoint();
        }

        if (File.Exists(full + ".wal"))
        {
            File.Move(full + ".wal", full + ".wal.stale", overwrite: true);
        }
    }

    private static void Delete(string staging)
    {
        File.Delete(staging);
        File.Delete(staging + ".wal");
    }

    private static void RefuseReadOnly(string path, string full)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(full) &&
            (File.GetUnixFileMode(full) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"The store '{path}' is read-only: read commands work, but imports, updates and rebuilds are refused. Make it writable (chmod u+w) or pass another store with --db.");
        }
    }

    private static FileStream Lock(string path, string full, TimeSpan wait)
    {
        var lockPath = full + ".lock";
        var deadline = DateTime.UtcNow + wait;
        try
        {
            while (true)
            {
                try
                {
                    return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
                }
                catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(CacheMarker(full)))
                {
                    // Only a cache write-back is waited for: an import, update or rebuild is reported busy at once.
                    Thread.Sleep(50);
                }
            }
        }
        catch (IOException ex)
        {
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"The store '{path}' is busy: another airace import, update or rebuild is writing it (it holds '{lockPath}'). Wait for it to finish, then run again.",
                ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"Cannot write beside the store '{path}' (creating '{lockPath}' was refused). Make its folder writable, or pass another store with --db.",
                ex);
        }
    }
}
