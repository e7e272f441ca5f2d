using AiRace.Store;
using AiRace.Testing;
using DuckDB.NET.Data;

namespace AiRace.Cli.Tests.Faults;

/// <summary>A store file airace cannot read is bad data (exit 2), one line naming it; reading it changes nothing.</summary>
public sealed class UnreadableStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_duckdb_file_that_is_no_airace_store_exits_2_and_is_left_as_it_was()
    {
        var db = _dir.File("other.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE sales (id INTEGER); INSERT INTO sales VALUES (1); CHECKPOINT;";
            cmd.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(db);

        var (code, _, err) = CliRunner.Run("metrics", "--db", db);

        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'{db}' is a DuckDB database but not an AiRace store", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("newer-schema")]
    public void A_store_this_build_cannot_read_exits_2_naming_it(string kind)
    {
        var db = _dir.File("store.duckdb");
        if (kind == "text")
        {
            File.WriteAllText(db, "not a database\n");
        }
        else
        {
            using var store = AiRaceStore.Open(db);
        }

        if (kind == "newer-schema")
        {
            using var connection = new DuckDBConnection($"Data Source={db}");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE airace_meta SET value = '999' WHERE key = 'schema_version'; CHECKPOINT;";
            cmd.ExecuteNonQuery();
        }

        var (code, _, err) = CliRunner.Run("check", "--db", db);

        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'{db}'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
