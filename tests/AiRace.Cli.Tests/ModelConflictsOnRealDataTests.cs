using System.Text.Json;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary>
/// The metadata precedence and the attribution calls on the full import of ../shared/data. Figures checked by hand on
/// the files: Artificial Analysis says minimax-m2-7 is closed on 2026-04-10 and open weights on 2026-05-10 and
/// 2026-06-10 (and MiniMaxAI/MiniMax-M2.7 trends on the Hub from 2026-04-12); LMArena's 2025-12-17 scatterplot says
/// qwen3-max-preview is Apache 2.0, nine 2026 daily boards say proprietary.
/// </summary>
public sealed class ModelConflictsOnRealDataTests : IClassFixture<FullImportFixture>
{
    private readonly FullImportFixture _store;

    public ModelConflictsOnRealDataTests(FullImportFixture store) => _store = store;

    private JsonElement[] Json(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--db", _store.Db, "--format", "json"]);
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string? Text(JsonElement e, string key) => e.GetProperty(key).GetString();

    [RealDataFact]
    public void Minimax_m2_7_is_open_after_the_later_artificial_analysis_snapshots()
    {
        var m = Assert.Single(Json("models", "--search", "aa:minimax-m2-7"));
        Assert.Equal("open", Text(m, "openness"));
    }

    [RealDataFact]
    public void Qwen3_max_preview_is_closed_against_the_one_catalog_file_saying_apache()
    {
        var m = Assert.Single(Json("models", "--search", "qwen3-max-preview"), e => Text(e, "key") == "qwen3-max-preview");
        Assert.Equal("closed", Text(m, "openness"));
    }

    [RealDataFact]
    public void Models_conflicts_lists_each_sources_value_the_winner_and_the_rule()
    {
        var rows = Json("models", "--conflicts");

        var minimax = rows.Where(r => Text(r, "key") == "aa:minimax-m2-7" && Text(r, "field") == "openness").ToList();
        Assert.Contains(minimax, r => Text(r, "value") == "closed" && Text(r, "source_kind") == "artificial-analysis-llms" && Text(r, "last_date") == "2026-04-10");
        Assert.Contains(minimax, r => Text(r, "value") == "open" && Text(r, "source_kind") == "artificial-analysis-llms" && Text(r, "last_date") == "2026-06-10");
        Assert.Contains(minimax, r => Text(r, "value") == "open" && Text(r, "source_kind") == "hf-trending");
        Assert.All(minimax, r => Assert.Equal(("open", "publisher"), (Text(r, "winner"), Text(r, "rule"))));

        var qwen = rows.Where(r => Text(r, "key") == "qwen3-max-preview" && Text(r, "field") == "openness").ToList();
        var apache = Assert.Single(qwen, r => Text(r, "value") == "open");
        Assert.Equal(("lmarena-catalog-models", false), (Text(apache, "source_kind"), apache.GetProperty("won").GetBoolean()));
        Assert.EndsWith("2025-12-17/scatterplot-data.json", Text(apache, "latest_file"), StringComparison.Ordinal);
        var daily = Assert.Single(qwen, r => Text(r, "value") == "closed");
        Assert.Equal(("lmarena-daily-board", 9, "newest-source"), (Text(daily, "source_kind"), daily.GetProperty("files").GetInt32(), Text(daily, "rule")));
    }

    [RealDataFact]
    public void Conflicts_csv_has_one_header_and_the_documented_columns()
    {
        var (code, output, _) = CliRunner.Run("models", "--conflicts", "--db", _store.Db, "--format", "csv");

        Assert.Equal(0, code);
        Assert.StartsWith("key,field,value,source_kind,files,first_date,last_date,latest_file,won,winner,rule", output, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Every_google_deepmind_model_is_us_whatever_epochs_country_field_says()
    {
        var gdm = Json("models", "--org", "Google DeepMind");

        // Before the bundled call beat the source field, 42 of them were GB (Epoch's country column for DeepMind).
        // The only ones without a country are joint credits with labs elsewhere, left unresolved by the joint-credit rule.
        Assert.True(gdm.Length > 300, $"only {gdm.Length} Google DeepMind models");
        Assert.All(gdm, m => Assert.True(
            Text(m, "country") == "US" || (Text(m, "country") is null && Text(m, "country_rule") == "unresolved"),
            $"{Text(m, "key")}: {Text(m, "country")} by {Text(m, "country_rule")}"));
        Assert.True(gdm.Count(m => Text(m, "country") == "US") > 300);
    }

    [RealDataFact]
    public void Rwkv_has_no_country_and_openchat_is_chinese()
    {
        var rwkv = Json("models", "--org", "RWKV");
        Assert.Equal(3, rwkv.Length);
        Assert.All(rwkv, m => Assert.Null(Text(m, "country")));
        var openchat = Json("models", "--search", "openchat");
        Assert.NotEmpty(openchat);
        Assert.All(openchat, m => Assert.Equal("CN", Text(m, "country")));
    }

    [RealDataFact]
    public void China_frontier_on_lmarena_text_2023_05_08_is_chatglm_6b_356_elo_behind()
    {
        var (code, output, err) = CliRunner.Run(
            "gap", "--metric", "lmarena-text", "--between", "US,CN", "--at", "2023-05-08", "--db", _store.Db, "--format", "json");

        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var point = Assert.Single(doc.RootElement.GetProperty("points").EnumerateArray());
        Assert.Equal("chatglm-6b", point.GetProperty("b").GetProperty("model_key").GetString());
        Assert.Equal("gpt-4", point.GetProperty("a").GetProperty("model_key").GetString());
        Assert.Equal(355.97, point.GetProperty("gap").GetDouble(), 0.01);
    }
}
