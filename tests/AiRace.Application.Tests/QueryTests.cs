using AiRace.Application.Behind;
using AiRace.Application.Catalog;
using AiRace.Application.Gap;
using AiRace.Application.Validation;
using AiRace.Core;

namespace AiRace.Application.Tests;

public sealed class QueryTests : IClassFixture<SmallStore>
{
    private readonly SmallStore _store;

    public QueryTests(SmallStore store) => _store = store;

    [Fact]
    public void Gap_is_a_minus_b_on_every_date_with_the_models_and_the_lead_change()
    {
        var r = new GapQuery("m", "US,CN").Run(_store.Session);

        Assert.Equal(SmallStore.Scores.Select(s => s.Date), r.Points.Select(p => p.Date));
        Assert.Equal(SmallStore.Scores.Select(s => s.Us - s.Cn), r.Points.Select(p => p.Gap));
        Assert.All(r.Points, p => Assert.Equal(("US Model", "CN Model"), (p.A.Model, p.B.Model)));
        var flips = SmallStore.Scores.Zip(SmallStore.Scores.Skip(1)).Count(x => Math.Sign(x.First.Us - x.First.Cn) != Math.Sign(x.Second.Us - x.Second.Cn));
        Assert.Equal(flips, r.LeadChanges.Count);
        Assert.Equal(["hand-written test data"], r.Sources);
    }

    [Fact]
    public void Gap_at_a_date_is_the_latest_comparison_on_or_before_it()
    {
        var r = new GapQuery("m", "US,CN", At: SmallStore.Scores[2].Date.AddDays(10)).Run(_store.Session);

        Assert.Equal(SmallStore.Scores[2].Date, Assert.Single(r.Points).Date);
        Assert.Empty(r.LeadChanges);
    }

    [Fact]
    public void Gap_as_of_a_date_ends_by_that_date()
    {
        var asOf = SmallStore.Scores[1].Date;
        var r = new GapQuery("m", "US,CN", AsOf: asOf).Run(_store.Session);

        Assert.Equal(SmallStore.Scores.Where(s => s.Date <= asOf).Select(s => s.Date), r.Points.Select(p => p.Date));
    }

    [Theory]
    [InlineData("m", "US,XX", "between")]
    [InlineData("nope", "US,CN", "metric")]
    public void Gap_refuses_unknown_inputs_naming_them(string metric, string between, string input)
    {
        var ex = Assert.Throws<AiRaceException>(() => new GapQuery(metric, between).Run(_store.Session));

        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Equal(input, QueryInput.Of(ex));
    }

    [Fact]
    public void Behind_horizontal_gives_a_series_and_first_match_one_estimate()
    {
        var series = new BehindQuery("m", "US,CN").Run(_store.Session);
        var estimate = new BehindQuery("m", "US,CN", "first-match").Run(_store.Session);

        Assert.NotNull(series.Series);
        Assert.Null(series.Estimate);
        Assert.Equal("horizontal", series.Series!.Estimate.Method);
        Assert.Null(estimate.Series);
        Assert.Equal("first-match", estimate.Estimate!.Estimate.Method);
    }

    [Fact]
    public void Metrics_as_of_a_date_end_by_it_and_leave_out_metrics_with_nothing_then()
    {
        var all = new MetricsQuery().Run(_store.Session);
        var asOf = SmallStore.Scores[1].Date;
        var early = new MetricsQuery(asOf).Run(_store.Session);

        Assert.Equal(["m", "other"], all.Select(m => m.Id));
        Assert.All(early, m => Assert.True(m.LastDate <= asOf));
        Assert.Equal(SmallStore.Scores.Count(s => s.Date <= asOf) * 2, early.Single(m => m.Id == "m").Observations);
    }

    [Fact]
    public void Models_filter_by_country_and_by_any_spelling_of_the_lab()
    {
        Assert.Equal(["cn-model"], new ModelsQuery(Country: "cn").Run(_store.Session).Select(m => m.Key));
        Assert.Equal(["us-model"], new ModelsQuery(Organization: "openai").Run(_store.Session).Select(m => m.Key));
    }

    [Fact]
    public void Orgs_on_an_unknown_metric_use_the_one_unknown_metric_message()
    {
        var ex = Assert.Throws<AiRaceException>(() => new OrgsQuery("mm").Run(_store.Session));

        Assert.Equal(MetricIds.Message("mm", ["m", "other"]), ex.Message);
    }

    [Fact]
    public void Sources_list_the_file_import()
    {
        var import = Assert.Single(new SourcesQuery(new DateOnly(2000, 1, 1)).Imports(_store.Session));

        Assert.Equal("small.csv", import.FileName);
    }
}
