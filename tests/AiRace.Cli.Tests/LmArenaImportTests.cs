using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

public sealed class LmArenaImportTests : IDisposable
{
    private static readonly string[] Folders =
        ["lmarena-history-jasontrigg0", "lmarena-fboulnois", "lmarena-arena-catalog", "lmarena-oolong-daily", "lmarena-model-list-namra7x"];

    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("store.duckdb");

    [RealDataFact]
    public void Importing_every_lmarena_folder_gives_one_lmarena_text_metric_from_2023_05_08_to_april_2026()
    {
        var import = CliRunner.Run([.. "import".Split(' '), .. Folders.Select(SharedData.Folder), "--db", Db]);
        var (code, output, _) = CliRunner.Run("metrics", "--db", Db, "--format", "json");

        Assert.Equal(0, import.Code);
        Assert.Contains("156 imported", import.Out, StringComparison.Ordinal);
        Assert.Contains(", 0 skipped, 0 failed.", import.Out, StringComparison.Ordinal);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var metrics = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var text = metrics["lmarena-text"];
        Assert.Equal("2023-05-08", text.GetProperty("first_date").GetString());
        // The 2026 daily boards are style-controlled: they extend lmarena-text-style-control, not the plain board.
        Assert.Equal("2025-12-11", text.GetProperty("last_date").GetString());
        Assert.Equal("2026-04-12", metrics["lmarena-text-style-control"].GetProperty("last_date").GetString());
        // python3, with the importers' key rules (bundled aliases; alltime Model -> key; scatterplot name -> model_api_name;
        // a name that is itself a key, or names two keys, stays as it is): 387 distinct models over all overall-text boards,
        // 37 of which appear only on the 2026 daily (style-controlled) boards: 350 on the plain board.
        Assert.Equal(350, text.GetProperty("models").GetInt64());
        Assert.Contains("lmarena-text-coding", metrics.Keys);
        Assert.Contains("lmarena-text-style-control", metrics.Keys);
        Assert.Contains("lmarena-code", metrics.Keys);
        Assert.Contains("lmarena-vision", metrics.Keys);

        // 156 files: 2 jasontrigg0 + 90 fboulnois + 13 arena-catalog + 50 oolong + 1 namra7x (ls).
        var again = CliRunner.Run([.. "import".Split(' '), .. Folders.Select(SharedData.Folder), "--db", Db]);
        Assert.StartsWith("0 imported (0 rows), 156 already imported", again.Out.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        Assert.Equal(output, CliRunner.Run("metrics", "--db", Db, "--format", "json").Out);
    }

    [RealDataFact]
    public void A_truncated_leaderboard_json_exits_2_with_one_line_and_leaves_the_store_unchanged()
    {
        Assert.Equal(0, CliRunner.Run("import", SharedData.File("lmarena-oolong-daily/2026-04-12/text.json"), "--db", Db).Code);
        var before = CliRunner.Run("metrics", "--db", Db, "--format", "json").Out;
        var text = File.ReadAllText(SharedData.File("lmarena-arena-catalog/2025-12-11/leaderboard-text.json"));
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "2025-12-11")).FullName;
        File.WriteAllText(Path.Combine(folder, "leaderboard-text.json"), text[..(text.Length - 100)]);

        var (code, _, err) = CliRunner.Run("import", folder, "--db", Db);

        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'leaderboard-text.json' line", line, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.Run("metrics", "--db", Db, "--format", "json").Out);
    }

    public void Dispose() => _dir.Dispose();
}
