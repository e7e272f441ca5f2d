using AiRace.Application.Claims;
using AiRace.Core.Claims;
using AiRace.Sources.Attribution;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Application.Tests.Claims;

/// <summary>The Hugging Face and OpenRouter rules on a constructed listing and usage weeks (see <see cref="ConstructedAdoptionStore"/>).</summary>
public sealed class AdoptionAndUsageClaimsTests : IDisposable
{
    private readonly AiRaceStore _store = ConstructedAdoptionStore.Open();
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("2025-06-30", ClaimVerdict.Supported)] // Qwen 300 vs Llama 250 on the latest snapshot
    [InlineData("2025-03-01", ClaimVerdict.Contradicted)] // only the January snapshot: 100 vs 200
    public void Overtook_reads_the_latest_listing_snapshot(string at, ClaimVerdict expected)
    {
        var check = Check(ClaimsCsv.Row("o", "overtook", ("metrics", "downloads"), ("groups", "family:Qwen,family:Llama"), ("data", "listing"), ("to", at)));
        Assert.Equal(expected, check.Verdict);
    }

    [Fact]
    public void Share_leads_over_a_window_is_mixed_when_the_leader_changed()
    {
        var latest = Check(ClaimsCsv.Row("s", "share-leads", ("metrics", "downloads"), ("groups", "CN,US"), ("data", "listing"), ("to", "2025-06-30")));
        Assert.Equal(ClaimVerdict.Supported, latest.Verdict);
        Assert.Equal(300.0 / 550, latest.Evidence.Values["CN.share"], 9);

        var window = Check(ClaimsCsv.Row("s", "share-leads", ("metrics", "downloads"), ("groups", "CN,US"), ("data", "listing"), ("to", "2025-06-30"), ("window_months", "12")));
        Assert.Equal(ClaimVerdict.Mixed, window.Verdict);
    }

    [Theory]
    [InlineData("0;4000", ClaimVerdict.Supported)] // 1 repository > 0, 5,000 all-time downloads > 4,000
    [InlineData("400;4000", ClaimVerdict.Mixed)]
    [InlineData("400;1000000000", ClaimVerdict.Contradicted)]
    public void Count_above_checks_each_count_of_the_family(string thresholds, ClaimVerdict expected)
    {
        var check = Check(ClaimsCsv.Row("c", "count-above", ("metrics", "models;downloads-all-time"), ("groups", "family:Qwen"), ("threshold", thresholds), ("data", "listing"), ("to", "2025-06-30")));
        Assert.Equal(expected, check.Verdict);
        Assert.Equal(5_000, check.Evidence.Values["downloads-all-time"]);
    }

    [Fact]
    public void A_claim_that_needs_a_listing_is_not_measurable_on_other_hub_data_only()
    {
        var check = Check(ClaimsCsv.Row("o", "overtook", ("metrics", "downloads"), ("groups", "family:Qwen,family:Llama"), ("data", "trending")));
        Assert.Equal(ClaimVerdict.NotMeasurable, check.Verdict);
        Assert.Contains("airace update --source huggingface", check.Evidence.Settle, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.05", ClaimVerdict.Supported)] // 10% → 40%: +30 points
    [InlineData("0.5", ClaimVerdict.Mixed)]
    public void Share_rose_compares_the_first_and_last_four_weeks_of_the_window(string threshold, ClaimVerdict expected)
    {
        var check = Check(ClaimsCsv.Row("u", "share-rose", ("groups", "CN&open"), ("threshold", threshold), ("window_months", "12"), ("to", "2025-03-01")));
        Assert.Equal(expected, check.Verdict);
        Assert.Equal(0.10, check.Evidence.Values["share_start"], 9);
        Assert.Equal(0.40, check.Evidence.Values["share_end"], 9);
    }

    [Fact]
    public void Share_rose_of_closed_models_fell_so_it_is_contradicted()
    {
        var check = Check(ClaimsCsv.Row("u", "share-rose", ("groups", "US&closed"), ("threshold", "0.05"), ("window_months", "12"), ("to", "2025-03-01")));
        Assert.Equal(ClaimVerdict.Contradicted, check.Verdict);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private ClaimCheck Check(Dictionary<string, string> row)
    {
        var path = _dir.File($"claims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, ClaimsCsv.Text(row));
        var result = ClaimsQueries.Run(_store, AttributionPolicy.For(_store, null), new ClaimsQuery(path));
        return result.Claims.Single(c => c.Definition.Id == row["id"]);
    }
}
