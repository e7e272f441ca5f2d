using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    [RealDataFact]
    public void Importing_twice_adds_nothing_the_second_time()
    {
        var alltime = SharedData.File("lmarena-history-jasontrigg0/alltime.csv");
        var first = CliRunner.Run("import", alltime, "--db", Db);
        var second = CliRunner.Run("import", alltime, "--db", Db);

        Assert.Equal(0, first.Code);
        Assert.Contains("1 imported", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Code);
        Assert.Contains("already imported", second.Out, StringComparison.Ordinal);
        Assert.Contains("0 imported", second.Out, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_corrupted_copy_exits_2_with_one_line_naming_file_line_and_value_and_leaves_counts_unchanged()
    {
        var alltime = SharedData.File("lmarena-history-jasontrigg0/alltime.csv");
        Assert.Equal(0, CliRunner.Run("import", alltime, "--db", Db).Code);
        var before = CliRunner.Run("metrics", "--db", Db, "--format", "json").Out;

        var lines = File.ReadAllLines(alltime);
        lines[17] = lines[17].Replace(",2023", ",n/a-2023", StringComparison.Ordinal);
        var bad = _dir.File("alltime.csv");
        File.WriteAllLines(bad, lines[..200]);
        var (code, _, err) = CliRunner.Run("import", bad, "--db", Db);

        Assert.Equal(2, code);
        var errorLine = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'alltime.csv' line 18", errorLine, StringComparison.Ordinal);
        Assert.Contains("n/a-2023", errorLine, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.Run("metrics", "--db", Db, "--format", "json").Out);
    }

    [RealDataFact]
    public void Metrics_json_lists_lmarena_text_with_its_span()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.Folder("lmarena-history-jasontrigg0"), "--db", Db).Code);
        var (code, output, _) = CliRunner.Run("metrics", "--db", Db, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var m = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "lmarena-text");
        Assert.Equal("snapshot", m.GetProperty("kind").GetString());
        Assert.Equal("2023-05-08", m.GetProperty("first_date").GetString());
        Assert.Equal(238, m.GetProperty("models").GetInt64());
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_naming_the_path()
    {
        var (code, _, err) = CliRunner.Run("import", "/no/such/file.csv", "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("/no/such/file.csv", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_flag_is_a_usage_error()
    {
        var (code, _, err) = CliRunner.Run("metrics", "--nope", "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("--nope", err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
