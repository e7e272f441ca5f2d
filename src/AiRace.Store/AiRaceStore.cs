using System.Globalization;
using AiRace.Core;
using DuckDB.NET.Data;

namespace AiRace.Store;

/// <summary>The embedded DuckDB store: one file (or <c>:memory:</c>) holding every import, model and observation.</summary>
public sealed partial class AiRaceStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private AiRaceStore(DuckDBConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    internal DuckDBConnection Connection => _connection;

    /// <summary>Opens (creating or migrating) the store at <paramref name="path"/>.</summary>
    public static AiRaceStore Open(string path) => Open(path, StoreSchema.CurrentVersion);

    /// <summary>Opens a store migrated only up to <paramref name="version"/>: lets tests build a store as an older AiRace left it.</summary>
    internal static AiRaceStore Open(string path, int version) => OpenFile(path, path, version);

    /// <summary>An empty store in memory (nothing is written anywhere): for tests and for showing bundled data.</summary>
    public static AiRaceStore OpenInMemory() => Open(":memory:");

    /// <summary>True when a store file exists at <paramref name="path"/> (<c>:memory:</c> always exists).</summary>
    public static bool Exists(string path) => path == ":memory:" || File.Exists(path);

    /// <summary>
    /// Opens the published store at <paramref name="path"/> read-only: it never waits for a writer (writers work on a staging
    /// copy, see <see cref="StoreWriter"/>) and works on a file the user cannot write. A missing store is refused and nothing
    /// is created (only writers create a store); a file that is no AiRace store, or that this build cannot read, is bad data.
    /// A store an older AiRace wrote is migrated first through a writer; when that writer cannot start (read-only file, busy
    /// store) a store at <see cref="StoreSchema.ReadableWithoutMigration"/> or later is read as it is.
    /// </summary>
    public static AiRaceStore OpenReadOnly(string path)
    {
        StorePath.Check(path);
        if (path == ":memory:")
        {
            return OpenInMemory();
        }

        if (!File.Exists(path))
        {
            throw Missing(path);
        }

        var store = ConnectReadOnly(path);
        int version;
        try
        {
            version = store.ReadVersion();
            if (version == 0)
            {
                throw new AiRaceException(
                    ErrorKind.BadData,
                    $"The file '{path}' is a DuckDB database but not an AiRace store (it has no airace_meta table). Pass an AiRace store with --db, or create one at another path with `airace import DIR`.");
            }

            store.CheckVersion(version);
        }
        catch (Exception ex) when (ex is DuckDBException or AiRaceException)
        {
            store.Dispose();
            throw ex as AiRaceException ?? new AiRaceException(ErrorKind.BadData, $"Cannot read the store '{path}': {ex.Message}. Restore it from a backup, or pass another store with --db.", ex);
        }

        if (version >= StoreSchema.CurrentVersion)
        {
            return store;
        }

        store.Dispose();
        try
        {
            using var writer = StoreWriter.Begin(path);
            writer.Publish();
        }
        catch (AiRaceException ex) when (ex.Kind == ErrorKind.SourceUnavailable && version >= StoreSchema.ReadableWithoutMigration)
        {
            // Read-only or busy: the missing steps only add the derived-results cache, which reads as a miss.
        }

        return ConnectReadOnly(path);
    }

    /// <summary>The one error for a store file that does not exist: it names the path and how to create the store.</summary>
    public static AiRaceException Missing(string path) => new(
        ErrorKind.Usage,
        $"The store '{path}' does not exist. Run `airace import DIR` to create it from your data files (or `airace update` from the live sources), or pass an existing store with --db.");

    /// <summary>Opens (creating or migrating) the database <paramref name="file"/>, named <paramref name="displayPath"/> in messages.</summary>
    internal static AiRaceStore OpenFile(string file, string displayPath, int version)
    {
        StorePath.Check(file);
        if (file != ":memory:")
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }
        }

        var store = Connect($"Data Source={file}", displayPath);
        try
        {
            store.Migrate(version);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    private static AiRaceStore Connect(string connectionString, string displayPath)
    {
        DuckDBConnection connection;
        try
        {
            connection = new DuckDBConnection(connectionString);
            connection.Open();
        }
        catch (Exception ex) when (ex is DuckDBException or IOException or UnauthorizedAccessException)
        {
            // Another program holding DuckDB's own lock is a busy store (exit 3); a file that cannot be read is bad data (exit 2).
            var busy = ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);
            throw new AiRaceException(
                busy ? ErrorKind.SourceUnavailable : ErrorKind.BadData,
                busy
                    ? $"Cannot open the store '{displayPath}': {ex.Message}. Another program holds it; close it and run again."
                    : $"Cannot read the store '{displayPath}': {ex.Message}. Check the file and its permissions, restore it from a backup, or pass another store with --db.",
                ex);
        }

        return new AiRaceStore(connection, displayPath);
    }

    /// <summary>Writes every committed change into the database file itself, leaving no write-ahead log beside it.</summary>
    internal void Checkpoint() => Execute("CHECKPOINT");

    /// <summary>The schema version this store is at.</summary>
    public int SchemaVersion => ReadVersion();

    private int ReadVersion()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'airace_meta'";
        if (Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        cmd.CommandText = "SELECT value FROM airace_meta WHERE key = 'schema_version'";
        var value = cmd.ExecuteScalar() as string;
        return value is null ? 0 : int.Parse(value, CultureInfo.InvariantCulture);
    }

    private void Migrate(int target)
    {
        var version = ReadVersion();
        CheckVersion(version);
        while (version < target)
        {
            using var tx = _connection.BeginTransaction();
            Execute(StoreSchema.Migrations[version]);
            version++;
            Execute($"INSERT OR REPLACE INTO airace_meta VALUES ('schema_version', '{version}')");
            tx.Commit();
        }
    }

    private void CheckVersion(int version)
    {
        if (version > StoreSchema.CurrentVersion)
        {
            throw new AiRaceException(
                ErrorKind.BadData,
                $"The store '{Path}' has schema version {version}, written by a newer AiRace; this build reads up to version {StoreSchema.CurrentVersion}. Upgrade airace, or pass another store with --db.");
        }
    }

    internal void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return cmd;
    }

    public void Dispose() => _connection.Dispose();
}
