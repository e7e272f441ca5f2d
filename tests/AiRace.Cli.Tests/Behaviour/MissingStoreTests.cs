using System.Security.Cryptography;
using System.Text.Json;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Cli.Tests.Behaviour;

/// <summary>Read commands refuse a missing store and create nothing; only import and update create it; report shows the starter data in memory.</summary>
public sealed class MissingStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Folder => _dir.File("typo");

    private string Db => Path.Combine(Folder, "x.duckdb");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("metrics")]
    [InlineData("models")]
    [InlineData("orgs")]
    [InlineData("sources")]
    [InlineData("check")]
    [InlineData("rebuild")]
    [InlineData("gap --metric lmarena-text --between US,CN")]
    [InlineData("behind --metric lmarena-text --between US,CN")]
    [InlineData("trend --metric lmarena-text --between US,CN")]
    [InlineData("forecast --metric lmarena-text --between US,CN")]
    [InlineData("adoption")]
    [InlineData("usage")]
    [InlineData("export typo-export")]
    public void A_read_command_on_a_missing_store_exits_1_naming_it_and_creates_nothing(string command)
    {
        var (code, output, err) = CliRunner.Run([.. command.Split(' '), "--db", Db]);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'{Db}' does not exist", line, StringComparison.Ordinal);
        Assert.Contains("airace import DIR", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder), "the store's folder was created");
    }

    [Fact]
    public void Report_on_a_missing_store_shows_the_starter_data_and_creates_nothing()
    {
        var (code, output, err) = CliRunner.Run("report", "--db", Db);

        Assert.True(code == 0, err);
        Assert.Contains("starter dataset", output, StringComparison.Ordinal);
        Assert.Contains("GPQA Diamond (starter data)", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder), "the store's folder was created");
    }

    [RealDataFact]
    public void Report_on_an_empty_store_writes_nothing_into_it_so_an_import_is_not_mixed_with_starter_data()
    {
        var db = _dir.File("empty.duckdb");
        using (AiRaceStore.Open(db))
        {
        }

        var before = SHA256.HashData(File.ReadAllBytes(db));
        var report = CliRunner.Run("report", "--db", db);
        Assert.True(report.Code == 0, report.Err);
        Assert.Contains("starter dataset", report.Out, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
        Assert.False(File.Exists(db + ".lock"), "report took the writer lock");

        Assert.Equal(0, CliRunner.Run("import", "--db", db, SharedData.File("lmarena-oolong-daily/2026-04-10/text.json")).Code);
        var (code, output, err) = CliRunner.Run("sources", "--db", db, "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var kinds = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("source_kind").GetString()).ToList();
        Assert.NotEmpty(kinds);
        Assert.DoesNotContain("starter", kinds);
    }

    [RealDataFact]
    public void Import_creates_the_store_and_its_folder()
    {
        var (code, _, err) = CliRunner.Run("import", "--db", Db, SharedData.File("lmarena-oolong-daily/2026-04-10/text.json"));

        Assert.True(code == 0, err);
        Assert.True(File.Exists(Db));
        Assert.Equal(0, CliRunner.Run("metrics", "--db", Db).Code);
    }
}
