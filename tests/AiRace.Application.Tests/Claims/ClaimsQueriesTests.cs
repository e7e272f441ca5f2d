using AiRace.Application.Claims;
using AiRace.Core.Claims;
using AiRace.Core.Odds;
using AiRace.Sources.Attribution;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Application.Tests.Claims;

/// <summary>Each claim type's rule run end to end on a constructed store whose answers are known (see <see cref="ConstructedStore"/>).</summary>
public sealed class ClaimsQueriesTests : IDisposable
{
    private readonly AiRaceStore _store = ConstructedStore.Open();
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("x-index", "2024-08-01", ClaimVerdict.Supported)] // US 60 vs CN 50
    [InlineData("x-index", "2025-02-01", ClaimVerdict.Contradicted)] // 60 vs 60: a tie is no lead
    [InlineData("x-index;y-index", "2024-08-01", ClaimVerdict.Mixed)] // China leads y-index
    [InlineData("y-index", "2024-08-01", ClaimVerdict.Contradicted)]
    public void Leads_reads_each_metric_on_the_claims_date(string metrics, string at, ClaimVerdict expected)
    {
        var check = Check(ClaimsCsv.Row("t", "leads", ("metrics", metrics), ("to", at)));
        Assert.Equal(expected, check.Verdict);
        Assert.True(check.Evidence.AsOf <= DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("us", check.Evidence.Figure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_global_as_of_date_moves_the_reading_earlier()
    {
        // On 2024-05-01 both frontiers are at 50: no lead, whatever the claim's own date says.
        var check = Check(new DateOnly(2024, 5, 1), ClaimsCsv.Row("t", "leads", ("metrics", "x-index"), ("to", "2024-08-01")));
        Assert.Equal(ClaimVerdict.Contradicted, check.Verdict);
        Assert.True(check.Evidence.AsOf <= new DateOnly(2024, 5, 1));
    }

    [Fact]
    public void Gap_narrowed_compares_the_percentage_gap_on_two_dates()
    {
        var check = Check(ClaimsCsv.Row("t", "gap-narrowed", ("metrics", "x-index"), ("from", "2024-08-01"), ("to", "2025-02-01")));
        Assert.Equal(ClaimVerdict.Supported, check.Verdict);
        Assert.Equal(100.0 * 10 / 60, check.Evidence.Values["x-index.gap_percent_start"], 6);
        Assert.Equal(0, check.Evidence.Values["x-index.gap_percent_end"], 6);

        var widened = Check(ClaimsCsv.Row("t", "gap-narrowed", ("metrics", "x-index"), ("from", "2024-04-15"), ("to", "2024-08-01")));
        Assert.Equal(ClaimVerdict.Contradicted, widened.Verdict); // 0% (50 vs 50) grew to 16.7%
    }

    [Theory]
    [InlineData("z-index", ClaimVerdict.Supported)]
    [InlineData("w-index", ClaimVerdict.Contradicted)]
    [InlineData("z-index;w-index", ClaimVerdict.Mixed)]
    public void Gap_widening_uses_the_trend_verdict_of_each_metric(string metrics, ClaimVerdict expected)
    {
        var check = Check(ClaimsCsv.Row("t", "gap-widening", ("metrics", metrics), ("to", "2024-12-31"), ("window_months", "12")));
        Assert.Equal(expected, check.Verdict);
        Assert.Contains(check.Evidence.Values, v => v.Key.EndsWith(".slope_per_year", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2.9", "3.1", ClaimVerdict.Supported)] // 91 days = 2.99 months on 2024-04-01
    [InlineData("5", "6", ClaimVerdict.Contradicted)]
    public void Months_behind_on_one_day_is_the_horizontal_distance(string low, string high, ClaimVerdict expected)
    {
        var check = Check(ClaimsCsv.Row("t", "months-behind", ("metrics", "x-index"), ("from", "2024-04-01"), ("to", "2024-04-01"), ("low", low), ("high", high)));
        Assert.Equal(expected, check.Verdict);
        Assert.Equal(91 / (365.25 / 12), check.Evidence.Values["x-index.mean"], 6);
    }

    [Fact]
    public void Months_behind_is_mixed_when_only_the_series_range_meets_the_stated_range()
    {
        // From 2024-04-01 to 2024-06-30 the lag grows from 3 to about 6 months: its mean is about 4.5.
        var check = Check(ClaimsCsv.Row("t", "months-behind", ("metrics", "x-index"), ("from", "2024-04-01"), ("to", "2024-06-30"), ("low", "5.5"), ("high", "8")));
        Assert.Equal(ClaimVerdict.Mixed, check.Verdict);
        Assert.InRange(check.Evidence.Values["x-index.mean"], 3, 5.5);
    }

    [Theory]
    [InlineData(0.05, 0.15, true, ClaimVerdict.Supported)]
    [InlineData(0.25, 0.35, true, ClaimVerdict.Contradicted)]
    [InlineData(0.15, 0.25, true, ClaimVerdict.Mixed)]
    [InlineData(0.05, 0.15, false, ClaimVerdict.NotMeasurable)]
    public void Probability_below_uses_the_odds_only_when_their_backtest_passed(double low, double high, bool passed, ClaimVerdict expected)
    {
        OddsQuestion? asked = null;
        ValidatedOdds? Odds(OddsQuestion q)
        {
            asked = q;
            return new ValidatedOdds((low + high) / 2, new Interval(low, high), passed, "test odds", passed ? "beats both baselines" : "beats neither", new DateOnly(2024, 12, 1));
        }

        var check = Check(null, Odds, ProbabilityRow());
        Assert.Equal(expected, check.Verdict);
        Assert.Equal(5, asked!.HorizonYears);
        Assert.Equal(("x-index", "US", "CN"), (asked.Metric, asked.Leader, asked.Follower));
        Assert.Equal(expected == ClaimVerdict.NotMeasurable, check.Evidence.Settle is not null);
    }

    [Fact]
    public void Probability_below_without_an_odds_provider_is_not_measurable_and_says_how_to_see_the_model()
    {
        var check = Check(ProbabilityRow());
        Assert.Equal(ClaimVerdict.NotMeasurable, check.Verdict);
        Assert.Contains("airace forecast --metric x-index --between US,CN", check.Evidence.Settle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_the_store_lacks_is_not_measurable_and_names_the_import()
    {
        var check = Check(ClaimsCsv.Row("t", "leads", ("metrics", "lmarena-text")));
        Assert.Equal(ClaimVerdict.NotMeasurable, check.Verdict);
        Assert.Contains("lmarena-text", check.Evidence.Figure, StringComparison.Ordinal);
        Assert.Contains("airace update --source lmarena", check.Evidence.Settle, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_and_hub_claims_without_their_data_say_how_to_get_it()
    {
        var usage = Check(ClaimsCsv.Row("u", "share-rose", ("groups", "CN&open"), ("threshold", "0.05"), ("window_months", "12")));
        Assert.Equal(ClaimVerdict.NotMeasurable, usage.Verdict);
        Assert.Contains("openrouter", usage.Evidence.Settle, StringComparison.Ordinal);

        var hub = Check(ClaimsCsv.Row("h", "overtook", ("metrics", "downloads"), ("groups", "family:Qwen,family:Llama"), ("data", "listing")));
        Assert.Equal(ClaimVerdict.NotMeasurable, hub.Verdict);
        Assert.Contains("airace update --source huggingface", hub.Evidence.Settle, StringComparison.Ordinal);
    }

    [Fact]
    public void Vietnamese_words_the_verdict_and_formats_numbers_and_dates_in_vi_VN()
    {
        var path = Write(ClaimsCsv.Row("t", "gap-narrowed", ("metrics", "x-index"), ("from", "2024-08-01"), ("to", "2025-02-01")));
        var result = ClaimsQueries.Run(_store, AttributionPolicy.For(_store, null), new ClaimsQuery(path, Language: "vi"));
        var check = result.Claims.Single(c => c.Definition.Id == "t");
        Assert.Equal("được dữ liệu ủng hộ", check.VerdictText);
        Assert.Contains("16,67%", check.Evidence.Figure, StringComparison.Ordinal);
        Assert.Contains("01/07/2024", check.Evidence.Figure, StringComparison.Ordinal);
        Assert.Equal("01/02/2025", check.DateText);
        Assert.Equal("vi", result.Language);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_naming_the_choices()
    {
        var e = Assert.Throws<AiRace.Core.AiRaceException>(() => ClaimsQueries.Run(_store, AttributionPolicy.For(_store, null), new ClaimsQuery(Language: "fr")));
        // The one language switch of the text catalog: the same message as `report --lang fr`.
        Assert.Contains("Unknown language 'fr': use one of en, vi", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private static Dictionary<string, string> ProbabilityRow() =>
        ClaimsCsv.Row("p", "probability-below", ("metrics", "x-index"), ("threshold", "0.2"), ("window_months", "60"));

    private ClaimCheck Check(Dictionary<string, string> row) => Check(null, null, row);

    private ClaimCheck Check(DateOnly? asOf, Dictionary<string, string> row) => Check(asOf, null, row);

    private ClaimCheck Check(DateOnly? asOf, OvertakeOddsProvider? odds, Dictionary<string, string> row)
    {
        var path = Write(row);
        var result = ClaimsQueries.Run(_store, AttributionPolicy.For(_store, null), new ClaimsQuery(path, asOf, "en", odds));
        return result.Claims.Single(c => c.Definition.Id == row["id"]);
    }

    private string Write(params Dictionary<string, string>[] rows)
    {
        var path = _dir.File($"claims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, ClaimsCsv.Text(rows));
        return path;
    }
}
