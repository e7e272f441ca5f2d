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
    internal static AiRaceStore Open(string path, int version)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path != ":memory:")
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }
        }

        DuckDBConnection connection;
        try
        {
            connection = new DuckDBConnection($"Data Source={path}");
            connection.Open();
        }
        catch (Exception ex) when (ex is DuckDBException or IOException or UnauthorizedAccessException)
        {
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"Cannot open the store '{path}': {ex.Message}. Check the path, or pass another one with --db.",
                ex);
        }

        var store = new AiRaceStore(connection, path);
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
        if (version > StoreSchema.CurrentVersion)
        {
            throw new AiRaceException(
                ErrorKind.SourceUnavailable,
                $"The store '{Path}' has schema version {version}, written by a newer AiRace; this build reads up to version {StoreSchema.CurrentVersion}. Upgrade airace, or pass another store with --db.");
        }

        while (version < target)
        {
            using var tx = _connection.BeginTransaction();
            Execute(StoreSchema.Migrations[version]);
            version++;
            Execute($"INSERT OR REPLACE INTO airace_meta VALUES ('schema_version', '{version}')");
            tx.Commit();
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
