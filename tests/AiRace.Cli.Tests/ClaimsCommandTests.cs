using System.Text.Json;
using AiRace.Core.Claims;
using AiRace.Testing;

namespace AiRace.Cli.Tests;

/// <summary><c>airace claims</c>: the ledger checked on the fully imported ../shared/data, and its errors.</summary>
public sealed class ClaimsCommandTests : IClassFixture<FullImportFixture>, IDisposable
{
    private static readonly string[] Verdicts = ["supported", "contradicted", "mixed", "not measurable"];
    private readonly FullImportFixture _full;
    private readonly TempDirectory _dir = new();

    public ClaimsCommandTests(FullImportFixture full) => _full = full;

    [Fact]
    public void On_an_empty_store_every_claim_is_not_measurable_and_says_what_would_settle_it()
    {
        AiRace.Store.AiRaceStore.Open(_dir.File("empty.duckdb")).Dispose(); // read commands refuse a missing store
        var (code, output, err) = CliRunner.Run("claims", "--db", _dir.File("empty.duckdb"), "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        Assert.All(doc.RootElement.GetProperty("claims").EnumerateArray(), c =>
        {
            Assert.Equal("not measurable", c.GetProperty("verdict").GetString());
            Assert.Contains("`airace ", c.GetProperty("evidence").GetProperty("settle").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_malformed_claims_file_is_one_line_naming_the_file_and_line_with_exit_2()
    {
        var path = _dir.File("mine.csv");
        File.WriteAllText(path, string.Join(",", AiRace.Application.Claims.ClaimsFile.Columns) + "\nx,me,2025-13-01,en,q,q,https://example.org,c,,leads,epoch-eci,\"US,CN\",,,,,,,,airace gap\n");
        AiRace.Store.AiRaceStore.Open(_dir.File("empty.duckdb")).Dispose(); // read commands refuse a missing store
        var (code, output, err) = CliRunner.Run("claims", "--db", _dir.File("empty.duckdb"), "--claims", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("mine.csv' line 2: column 'date' is '2025-13-01'", line, StringComparison.Ordinal);
        Assert.Contains("Fix or remove that row", line, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Json_gives_every_claim_with_its_verdict_and_evidence_keys()
    {
        using var doc = Json();
        var claims = doc.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.True(claims.Count >= 11);
        foreach (var c in claims)
        {
            foreach (var key in new[] { "who", "date", "quote", "claim", "verdict", "evidence", "source_url" })
            {
                Assert.True(c.TryGetProperty(key, out _), $"claim {c.GetProperty("id")} lacks '{key}'");
            }

            Assert.Contains(c.GetProperty("verdict").GetString(), Verdicts);
            var e = c.GetProperty("evidence");
            foreach (var key in new[] { "figure", "definition", "as_of", "command" })
            {
                Assert.True(e.TryGetProperty(key, out _), $"evidence of {c.GetProperty("id")} lacks '{key}'");
            }

            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("figure").GetString()));
            Assert.Equal(c.GetProperty("verdict").GetString() == "not measurable", e.GetProperty("settle").ValueKind == JsonValueKind.String);
        }
    }

    [RealDataFact]
    public void The_leads_claim_reads_the_gap_command_figure_and_follows_its_rule()
    {
        using var doc = Json();
        var c = Claim(doc, "vtc-us-closed-models-lead");
        var values = Values(c);
        using var gap = Cli("gap", "--metric", "lmarena-text", "--between", "US,CN", "--at", c.GetProperty("date").GetString()!);
        var point = gap.RootElement.GetProperty("points").EnumerateArray().Last();
        Assert.Equal(point.GetProperty("gap").GetDouble(), values["lmarena-text.lead"], tolerance: 1e-3); // gap prints 3 decimals
        var leads = values.Where(v => v.Key.EndsWith(".lead", StringComparison.Ordinal)).Select(v => v.Value).ToList();
        Assert.Equal(ClaimVerdictNames.ToName(ClaimRules.Leads(leads)), c.GetProperty("verdict").GetString());
    }

    [RealDataFact]
    public void The_widening_claim_reads_the_trend_command_over_the_year_to_each_metrics_last_observation()
    {
        using var doc = Json();
        var c = Claim(doc, "vtc-tang-jie-gap-widening");
        using var metrics = Cli("metrics");
        var last = DateOnly.Parse(
            metrics.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "lmarena-text").GetProperty("last_date").GetString()!,
            System.Globalization.CultureInfo.InvariantCulture);
        var date = DateOnly.Parse(c.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var to = last < date ? last : date;
        using var trend = Cli("trend", "--metric", "lmarena-text", "--between", "US,CN", "--from", Iso(to.AddMonths(-12)), "--to", Iso(to));
        var points = trend.RootElement.GetProperty("points");
        Assert.Equal(points.GetProperty("slope_per_year").GetDouble(), Values(c)["lmarena-text.slope_per_year"], tolerance: 1e-3);
        Assert.Contains($"lmarena-text: {points.GetProperty("verdict").GetString()}", c.GetProperty("evidence").GetProperty("figure").GetString(), StringComparison.Ordinal);
    }

    [RealDataFact]
    public void The_narrowed_claim_reads_the_gap_command_on_both_dates()
    {
        using var doc = Json();
        var c = Claim(doc, "ai-index-2025-arena-gap");
        using var start = Cli("gap", "--metric", "lmarena-text", "--between", "US,CN", "--at", "2024-01-31");
        using var end = Cli("gap", "--metric", "lmarena-text", "--between", "US,CN", "--at", "2025-02-28");
        var s = start.RootElement.GetProperty("points").EnumerateArray().Last().GetProperty("gap_percent").GetDouble();
        var e = end.RootElement.GetProperty("points").EnumerateArray().Last().GetProperty("gap_percent").GetDouble();
        Assert.Equal(s, Values(c)["lmarena-text.gap_percent_start"], tolerance: 1e-3);
        Assert.Equal(e, Values(c)["lmarena-text.gap_percent_end"], tolerance: 1e-3);
        Assert.Equal(ClaimVerdictNames.ToName(ClaimRules.Narrowed([(s, e)])), c.GetProperty("verdict").GetString());
    }

    [RealDataFact]
    public void The_months_behind_claim_reads_the_behind_command_summary()
    {
        using var doc = Json();
        var c = Claim(doc, "epoch-us-china-eci-7-months");
        var asOf = c.GetProperty("evidence").GetProperty("as_of").GetString()!;
        using var behind = Cli("behind", "--metric", "epoch-eci", "--between", "US,CN", "--from", "2023-01-01", "--to", asOf);
        var mean = behind.RootElement.GetProperty("summary").GetProperty("mean").GetDouble();
        Assert.Equal(mean, Values(c)["epoch-eci.mean"], tolerance: 1e-3); // behind prints 3 decimals
        Assert.Equal(mean is >= 6 and <= 8, c.GetProperty("verdict").GetString() == "supported");
    }

    [RealDataFact]
    public void The_usage_claim_follows_its_rule_from_its_own_figures()
    {
        using var doc = Json();
        var c = Claim(doc, "vtc-openrouter-cn-open-share-rose");
        var v = Values(c);
        Assert.Equal(v["share_end"] - v["share_start"], v["change"], 9);
        Assert.InRange(v["share_start"], 0, 1);
        Assert.Equal(ClaimVerdictNames.ToName(ClaimRules.ShareRose(v["share_start"], v["share_end"], 0.05)), c.GetProperty("verdict").GetString());
        Assert.Contains("not all OpenRouter traffic", c.GetProperty("evidence").GetProperty("figure").GetString(), StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Hugging_Face_claims_need_a_listing_and_say_how_to_fetch_one()
    {
        using var doc = Json();
        foreach (var id in new[] { "vtc-cn-lead-open-model-downloads", "vtc-qwen-overtook-llama", "alibaba-qwen-400-versions-1b-downloads" })
        {
            var c = Claim(doc, id);
            Assert.Equal("not measurable", c.GetProperty("verdict").GetString());
            Assert.Contains("airace update --source huggingface", c.GetProperty("evidence").GetProperty("settle").GetString(), StringComparison.Ordinal);
        }
    }

    [RealDataFact]
    public void The_probability_claim_is_not_measurable_until_validated_odds_are_wired_in()
    {
        using var doc = Json();
        var c = Claim(doc, "vtc-lin-junyang-overtake-odds");
        Assert.Equal("not measurable", c.GetProperty("verdict").GetString());
        Assert.Contains("airace forecast --metric lmarena-text", c.GetProperty("evidence").GetProperty("settle").GetString(), StringComparison.Ordinal);
    }

    [RealDataFact]
    public void As_of_keeps_every_figure_on_or_before_that_date()
    {
        using var doc = Json("--as-of", "2025-06-01");
        foreach (var c in doc.RootElement.GetProperty("claims").EnumerateArray())
        {
            if (c.GetProperty("evidence").GetProperty("as_of").GetString() is { } d)
            {
                Assert.True(string.CompareOrdinal(d, "2025-06-01") <= 0, $"{c.GetProperty("id")}: {d}");
            }
        }
    }

    [RealDataFact]
    public void Vietnamese_output_words_the_verdicts_and_formats_numbers_in_vi_VN()
    {
        var (code, output, err) = CliRunner.Run("claims", "--db", _full.Db, "--lang", "vi");
        Assert.True(code == 0, err);
        Assert.StartsWith("Kiểm chứng các phát biểu bằng dữ liệu", output, StringComparison.Ordinal);
        Assert.Contains("[được dữ liệu ủng hộ]", output, StringComparison.Ordinal);
        Assert.Contains("[chưa đo được]", output, StringComparison.Ordinal);
        Assert.Matches(@"\d,\d%", output);
        Assert.Matches(@"\d{2}/\d{2}/\d{4}", output);

        using var doc = Json("--lang", "vi");
        var verdicts = doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("verdict_text").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "được dữ liệu ủng hộ", "bị dữ liệu bác bỏ", "trái chiều", "chưa đo được" }, verdicts);
    }

    public void Dispose() => _dir.Dispose();

    private static JsonElement Claim(JsonDocument doc, string id) =>
        doc.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    private static Dictionary<string, double> Values(JsonElement claim) =>
        claim.GetProperty("evidence").GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private JsonDocument Json(params string[] extra) => Cli(["claims", .. extra]);

    private JsonDocument Cli(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--db", _full.Db, "--format", "json"]);
        Assert.True(code == 0, $"{string.Join(' ', args)}: exit {code}: {err}");
        return JsonDocument.Parse(output);
    }
}
