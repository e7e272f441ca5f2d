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

    /// <summary>
    /// Opens the published store at <paramref name="path"/> read-only: it never waits for a writer (writers work on a staging
    /// copy, see <see cref="StoreWriter"/>) and works on a file the user cannot write. A missing store reads as an empty one;
    /// a store an older AiRace wrote is migrated first through a writer.
    /// </summary>
    public static AiRaceStore OpenReadOnly(string path)
    {
        StorePath.Check(path);
        if (path == ":memory:" || !File.Exists(path))
        {
            var empty = OpenFile(":memory:", path, StoreSchema.CurrentVersion);
            return empty;
        }

        var store = Connect($"Data Source={path};ACCESS_MODE=READ_ONLY", path);
        int version;
        try
        {
            version = store.ReadVersion();
        }
        catch (DuckDBException ex)
        {
            store.Dispose();
            throw new AiRaceException(ErrorKind.SourceUnavailable, $"Cannot read the store '{path}': {ex.Message}. Check the file, or pass another one with --db.", ex);
        }

        if (version >= StoreSchema.CurrentVersion)
        {
            store.CheckVersion(version);
            return store;
        }

        store.Dispose();
        using (var writer = StoreWriter.Begin(path))
        {
            writer.Publish();
        }

        return Connect($"Data Source={path};ACCESS_MODE=READ_ONLY", path);
    }

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
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"Cannot open the store '{displayPath}': {ex.Message}. Check the path, or pass another one with --db.",
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
                ErrorKind.SourceUnavailable,
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
