using AiRace.Testing;

namespace AiRace.Cli.Tests.Faults;

/// <summary>Fault matrix: a store file that was truncated or overwritten gives one line naming it and the fix, exit 2, no stack trace.</summary>
public sealed class DamagedStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [RealDataTheory]
    [InlineData("truncated")]
    [InlineData("random-bytes")]
    public void A_damaged_store_gives_one_line_naming_the_file_and_the_fix(string damage)
    {
        // Given a store with a real import, then damaged
        var db = _dir.File("store.duckdb");
        Assert.Equal(0, CliRunner.Run("import", "--db", db, SharedData.File("lmarena-oolong-daily/2026-04-10/text.json")).Code);
        if (damage == "truncated")
        {
            using var f = new FileStream(db, FileMode.Open);
            f.SetLength(20_000);
        }
        else
        {
            var noise = new byte[16_384];
            new Random(14).NextBytes(noise);
            using var f = new FileStream(db, FileMode.Open);
            f.Position = 8192;
            f.Write(noise);
        }

        // When a reading command runs in a real process
        var (code, _, err) = CliProcess.Run("metrics", "--db", db);

        // Then one line names the store and the fix
        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: The store '{db}' is damaged", line, StringComparison.Ordinal);
        Assert.Contains("Restore it from a backup", line, StringComparison.Ordinal);
        Assert.Contains("airace rebuild", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
