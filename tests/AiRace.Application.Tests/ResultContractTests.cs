using System.Text.Json;
using AiRace.Application.Behind;
using AiRace.Application.Catalog;
using AiRace.Application.Gap;
using AiRace.Application.Json;
using AiRace.Application.Trend;

namespace AiRace.Application.Tests;

/// <summary>The JSON keys of the results are the documented ones (README, CLI reference); a renamed property fails here.</summary>
public sealed class ResultContractTests : IClassFixture<SmallStore>
{
    private readonly SmallStore _store;

    public ResultContractTests(SmallStore store) => _store = store;

    private static string[] Keys<T>(T value)
    {
        using var doc = JsonDocument.Parse(JsonPolicy.Serialize(value));
        var root = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement[0] : doc.RootElement;
        return [.. root.EnumerateObject().Select(p => p.Name)];
    }

    [Fact]
    public void Gap_keys()
    {
        var r = new GapQuery("m", "US,CN").Run(_store.Session);

        Assert.Equal(["metric", "definition", "a", "b", "unit", "points", "lead_changes", "unplaced_models", "sources"], Keys(r));
        Assert.Equal(["date", "a", "b", "gap", "gap_percent"], Keys(r.Points[0]));
        Assert.Equal(["model", "model_key", "score"], Keys(r.Points[0].A));
        Assert.Equal(["date", "leader", "previous_leader", "previous_date", "gap"], Keys(r.LeadChanges[0]));
    }

    [Fact]
    public void Behind_keys()
    {
        var series = new BehindQuery("m", "US,CN").Run(_store.Session).Series!;
        var one = new BehindQuery("m", "US,CN", "first-match").Run(_store.Session).Estimate!;

        Assert.Equal(
            ["metric", "definition", "scale", "a", "b", "method", "unit", "points", "summary", "estimate", "never_matched", "unplaced_models", "scale_breaks", "sources"],
            Keys(series));
        Assert.Equal(["date", "months_behind", "lower_bound", "release_date_source", "follower", "leader"], Keys(series.Points[0]));
        Assert.Equal(["mean", "median", "min", "max", "current", "current_lower_bound", "lower_bounds", "days"], Keys(series.Summary));
        Assert.Equal(["method", "months", "ci90", "n", "censored", "not_estimable", "definition", "leaders"], Keys(series.Estimate));
        Assert.Equal(["metric", "definition", "scale", "a", "b", "method", "unit", "as_of", "estimate", "leaders", "sources"], Keys(one));
    }

    [Fact]
    public void Trend_keys()
    {
        var r = new TrendQuery("m", "US,CN").Run(_store.Session);

        Assert.Equal(
            ["metric", "between", "from", "to", "definition", "verdict", "points", "months_behind", "months_behind_methods", "scale", "scale_from", "scale_breaks", "disagreement", "series"],
            Keys(r));
        Assert.Equal(["measure", "slope_per_year", "ci90", "verdict", "unit", "n", "block_length", "first", "last", "change_points"], Keys(r.Points));
        Assert.Equal(["date", "points", "months_behind", "lower_bound"], Keys(r.Series[0]));
        Assert.Equal(Keys(new BehindQuery("m", "US,CN").Run(_store.Session).Series!.Estimate), Keys(r.MonthsBehindMethods[0]));
    }

    [Fact]
    public void Metrics_keys()
    {
        Assert.Equal(
            ["id", "kind", "first_date", "last_date", "models", "observations", "name", "unit", "higher_is_better", "description", "scale_breaks"],
            Keys(new MetricsQuery().Run(_store.Session)));
    }
}
