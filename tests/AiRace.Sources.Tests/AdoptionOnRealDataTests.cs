using AiRace.Application.Shares;
using AiRace.Core.Adoption;
using AiRace.Core.Usage;
using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Sources.Tests;

/// <summary>Figures on the real files, checked against values computed independently with python3 (see each test).</summary>
public sealed class AdoptionOnRealDataTests
{
    [RealDataFact]
    public void Lineage_of_the_leaderboard_reaches_qwen_and_llama_roots_with_no_cycles()
    {
        using var store = SharedDataStore.Import("open-llm-leaderboard-fboulnois");
        var graph = new LineageGraph(store.HubLineageEdges()).ResolveAll();
        var derivatives = store.HubLineageEdges().Where(e => e.Relation is not null).ToList();

        // python3 over huggingface_v2.csv (first row per model_name; base = metadata_base_model unless it is the repository,
        // 'Removed' or '<itself> (Merge)'; chains followed until a repository with no row): 3280 derivatives, of which 243 end
        // at a Qwen/ root, 159 at a meta-llama/ root and 2592 at a removed or unnamed base; no cycle.
        Assert.Equal(3280, derivatives.Count);
        Assert.Equal(243, derivatives.Count(e => graph.Resolve(e.RepoId).Root?.StartsWith("Qwen/", StringComparison.Ordinal) == true));
        Assert.Equal(159, derivatives.Count(e => graph.Resolve(e.RepoId).Root?.StartsWith("meta-llama/", StringComparison.Ordinal) == true));
        Assert.Equal(2592, derivatives.Count(e => graph.Resolve(e.RepoId).Status == LineageStatus.MissingLink));
        Assert.Empty(graph.Cycles);
    }

    [RealDataFact]
    public void Trending_downloads_by_country_match_a_hand_sum_of_2026_03_08()
    {
        using var store = SharedDataStore.Import("hf-trending-park-onezero");
        var figure = AdoptionFigureBuilder.Build(
            store, TestOrganizations.Policy, new AdoptionSelection(AdoptionGrouping.Country, AdoptionMeasure.Downloads, At: new DateOnly(2026, 3, 8)));

        // Sum of the 10 downloads on 2026-03-08 (python3): 4,611,301; Lightricks/LTX-2.3 (IL) 175,440; sarvamai (IN) 644;
        // the other 8 are Qwen repositories or re-uploads named Qwen3.5 (unsloth, Jackrong, HauhauCS): 4,435,217 → CN.
        var p = Assert.Single(figure.Points);
        Assert.Equal(4_611_301, p.Total);
        Assert.Equal(175_440 / 4_611_301.0, p.Shares["IL"], 12);
        Assert.Equal(4_435_217 / 4_611_301.0, p.Shares["CN"], 12);
        Assert.Contains("top 10 only", figure.Definition, StringComparison.Ordinal);
        Assert.Contains("config file", figure.Definition, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Usage_shares_of_china_and_the_us_match_hand_computed_weeks()
    {
        using var store = SharedDataStore.Import("openrouter-weekly-johnbean393");
        var figure = UsageFigureBuilder.Build(store, TestOrganizations.Policy, new UsageSelection(UsageGrouping.Country));
        double Share(int y, int m, int d, string country) => figure.Points.Single(p => p.Date == new DateOnly(y, m, d)).Shares[country];

        // python3: sum total_tokens by slug prefix (google, anthropic, x-ai, openai, meta-llama, arcee-ai, nvidia → US;
        // deepseek, minimax, qwen, xiaomi, moonshotai, stepfun, z-ai, tencent → CN; mistralai FR; tngtech DE) over the file total.
        // removed_upstream/2025-02-16.json (week of 2025-02-10): US 550,180,592,937 / 606,543,609,530 = 0.907075, CN 0.036324.
        Assert.Equal(0.907075, Share(2025, 2, 10, "US"), 6);
        Assert.Equal(0.036324, Share(2025, 2, 10, "CN"), 6);
        // 2025-12-07.json (week of 2025-12-01): only US models listed, so CN is 0.
        Assert.Equal((1.0, 0.0), (Share(2025, 12, 1, "US"), Share(2025, 12, 1, "CN")));
        // 2026-02-16.json (week of 2026-02-09): CN 4,126e9 / 7,501e9 = 0.550060; 2026-03-09.json: CN 4,194e9 / 8,345e9 = 0.502576.
        Assert.Equal(0.550060, Share(2026, 2, 9, "CN"), 6);
        Assert.Equal(0.502576, Share(2026, 3, 2, "CN"), 6);
        Assert.Equal(65, figure.Points.Count);
        Assert.Contains(figure.Crossings, c => c.Text == "CN share first exceeded US share in the week of 2026-02-09");
        Assert.Contains("top 9/10 only", figure.Definition, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Excluding_free_routes_takes_them_out_of_the_denominator_too()
    {
        using var store = SharedDataStore.Import("openrouter-weekly-johnbean393");
        var figure = UsageFigureBuilder.Build(store, TestOrganizations.Policy, new UsageSelection(UsageGrouping.Country, FreeMode.Excluded));

        // python3, 2026-05-11.json: CN 8,686e9 of 12,446e9; the free route tencent/hy3-preview-20260421:free (CN) 2,680e9;
        // without it CN is 6,006e9 / 9,766e9 = 0.614991.
        Assert.Equal(0.614991, figure.Points.Single(p => p.Date == new DateOnly(2026, 5, 4)).Shares["CN"], 6);
    }
}
