using AiRace.Core.Claims;
using AiRace.Core.Odds;

namespace AiRace.Core.Tests.Claims;

public sealed class ClaimRulesTests
{
    [Theory]
    [InlineData(new[] { 40.8, 58.8, 9.2 }, ClaimVerdict.Supported)]
    [InlineData(new[] { 40.8, -3.0 }, ClaimVerdict.Mixed)]
    [InlineData(new[] { 40.8, 0.0 }, ClaimVerdict.Mixed)]
    [InlineData(new[] { -1.0, 0.0 }, ClaimVerdict.Contradicted)]
    [InlineData(new double[0], ClaimVerdict.NotMeasurable)]
    public void Leads_needs_a_strictly_positive_lead_on_every_measure(double[] leads, ClaimVerdict expected) =>
        Assert.Equal(expected, ClaimRules.Leads(leads));

    [Theory]
    [InlineData(new[] { TrendVerdict.Widening, TrendVerdict.Widening }, ClaimVerdict.Supported)]
    [InlineData(new[] { TrendVerdict.Widening, TrendVerdict.NoSignificantChange }, ClaimVerdict.Mixed)]
    [InlineData(new[] { TrendVerdict.NoSignificantChange, TrendVerdict.Narrowing }, ClaimVerdict.Contradicted)]
    [InlineData(new TrendVerdict[0], ClaimVerdict.NotMeasurable)]
    public void Widening_counts_only_significant_widening(TrendVerdict[] verdicts, ClaimVerdict expected) =>
        Assert.Equal(expected, ClaimRules.Widening(verdicts));

    [Fact]
    public void Narrowed_compares_the_end_with_the_start_on_each_measure()
    {
        Assert.Equal(ClaimVerdict.Supported, ClaimRules.Narrowed([(10.3, 2.9), (10.4, 0.3)]));
        Assert.Equal(ClaimVerdict.Mixed, ClaimRules.Narrowed([(10.3, 2.9), (1.0, 1.0)]));
        Assert.Equal(ClaimVerdict.Contradicted, ClaimRules.Narrowed([(1.0, 2.0)]));
    }

    [Theory]
    [InlineData(6.4, 1.1, 13.8, 6, 8, ClaimVerdict.Supported)]
    [InlineData(8.0, 1.1, 13.8, 6, 8, ClaimVerdict.Supported)]
    [InlineData(9.5, 1.1, 13.8, 6, 8, ClaimVerdict.Mixed)]
    [InlineData(3.0, 1.0, 5.0, 6, 8, ClaimVerdict.Contradicted)]
    public void Months_behind_is_supported_when_the_mean_lies_in_the_stated_range(double mean, double min, double max, double low, double high, ClaimVerdict expected) =>
        Assert.Equal(expected, ClaimRules.MonthsBehind(mean, min, max, low, high));

    [Fact]
    public void Months_behind_without_a_series_range_is_contradicted_outside_the_range() =>
        Assert.Equal(ClaimVerdict.Contradicted, ClaimRules.MonthsBehind(9, null, null, 6, 8));

    [Fact]
    public void Months_behind_refuses_a_reversed_range() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimRules.MonthsBehind(7, null, null, 8, 6));

    [Theory]
    [InlineData(0.05, 0.15, ClaimVerdict.Supported)]
    [InlineData(0.15, 0.25, ClaimVerdict.Mixed)]
    [InlineData(0.20, 0.30, ClaimVerdict.Contradicted)]
    [InlineData(0.19, 0.20, ClaimVerdict.Mixed)]
    public void Probability_below_reads_the_whole_90_percent_interval(double low, double high, ClaimVerdict expected) =>
        Assert.Equal(expected, ClaimRules.ProbabilityBelow(new Interval(low, high), 0.2));

    [Theory]
    [InlineData(0.059, 0.358, ClaimVerdict.Supported)]
    [InlineData(0.10, 0.15, ClaimVerdict.Supported)]
    [InlineData(0.10, 0.12, ClaimVerdict.Mixed)]
    [InlineData(0.10, 0.10, ClaimVerdict.Contradicted)]
    [InlineData(0.30, 0.10, ClaimVerdict.Contradicted)]
    public void Share_rose_needs_the_threshold_for_sharply(double start, double end, ClaimVerdict expected) =>
        Assert.Equal(expected, ClaimRules.ShareRose(start, end, 0.05));

    [Fact]
    public void Share_leads_counts_the_snapshots_where_a_is_strictly_above()
    {
        Assert.Equal(ClaimVerdict.Supported, ClaimRules.ShareLeads([(0.6, 0.3)]));
        Assert.Equal(ClaimVerdict.Mixed, ClaimRules.ShareLeads([(0.6, 0.3), (0.3, 0.6)]));
        Assert.Equal(ClaimVerdict.Contradicted, ClaimRules.ShareLeads([(0.3, 0.3)]));
        Assert.Equal(ClaimVerdict.NotMeasurable, ClaimRules.ShareLeads([]));
    }

    [Fact]
    public void Overtook_reads_the_latest_snapshot_first()
    {
        Assert.Equal(ClaimVerdict.Supported, ClaimRules.Overtook([(1, 2), (3, 2)]));
        Assert.Equal(ClaimVerdict.Mixed, ClaimRules.Overtook([(3, 2), (1, 2)]));
        Assert.Equal(ClaimVerdict.Contradicted, ClaimRules.Overtook([(1, 2), (2, 2)]));
        Assert.Equal(ClaimVerdict.NotMeasurable, ClaimRules.Overtook([]));
    }

    [Fact]
    public void Count_above_is_strict_and_checks_every_count()
    {
        Assert.Equal(ClaimVerdict.Supported, ClaimRules.CountAbove([(401, 400), (1.2e9, 1e9)]));
        Assert.Equal(ClaimVerdict.Mixed, ClaimRules.CountAbove([(400, 400), (1.2e9, 1e9)]));
        Assert.Equal(ClaimVerdict.Contradicted, ClaimRules.CountAbove([(12, 400)]));
    }

    [Fact]
    public void Combine_leaves_out_what_is_not_measurable()
    {
        Assert.Equal(ClaimVerdict.Supported, ClaimRules.Combine([ClaimVerdict.Supported, ClaimVerdict.NotMeasurable]));
        Assert.Equal(ClaimVerdict.Mixed, ClaimRules.Combine([ClaimVerdict.Supported, ClaimVerdict.Contradicted]));
        Assert.Equal(ClaimVerdict.NotMeasurable, ClaimRules.Combine([ClaimVerdict.NotMeasurable]));
    }

    [Fact]
    public void Every_claim_type_has_a_name_that_parses_back()
    {
        foreach (var type in Enum.GetValues<ClaimType>())
        {
            Assert.Equal(type, ClaimTypeNames.TryParse(ClaimTypeNames.ToName(type)));
        }

        Assert.Null(ClaimTypeNames.TryParse("rumour"));
    }
}
