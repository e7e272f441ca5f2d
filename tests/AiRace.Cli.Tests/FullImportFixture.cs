using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>Imports every file of ../shared/data into one temporary store, once for the test classes that share it.</summary>
public sealed class FullImportFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public FullImportFixture()
    {
        Db = _dir.File("full.duckdb");
        ImportOutput = string.Empty;
        if (TestRequirements.DataSkipReason is not null)
        {
            return; // every test of the class is skipped, saying why
        }

        var (code, output, err) = CliRunner.Run("import", RepoPaths.SharedData, "--db", Db);
        if (code != 0)
        {
            throw new InvalidOperationException($"Full import failed with exit {code}: {err}\n{output}");
        }

        ImportOutput = output;
    }

    public string Db { get; }

    public string ImportOutput { get; }

    public void Dispose() => _dir.Dispose();
}
