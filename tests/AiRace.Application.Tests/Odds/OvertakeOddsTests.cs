using AiRace.Application.Odds;
using AiRace.Core;
using AiRace.Core.Domain;
using AiRace.Store;

namespace AiRace.Application.Tests.Odds;

/// <summary>The one odds use case of every front end: the leader is whoever is ahead now; too little history is null, never a number.</summary>
public sealed class OvertakeOddsTests
{
    [Fact]
    public void Fewer_comparison_dates_than_the_minimum_give_no_odds()
    {
        using var store = Store(OvertakeOdds.MinComparisonDates - 1);
        using var session = new StoreSession(store);

        Assert.Null(OvertakeOdds.Forecast(session, "m", "US,CN", null));
    }

    [Fact]
    public void An_unknown_metric_is_a_usage_error_that_names_it()
    {
        using var store = Store(OvertakeOdds.MinComparisonDates);
        using var session = new StoreSession(store);

        var ex = Assert.Throws<AiRaceException>(() => OvertakeOdds.Forecast(session, "no-such-metric", "US,CN", null));
        Assert.Equal(ErrorKind.Usage, ex.Kind);
        Assert.Contains("'no-such-metric'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_order_of_the_groups_does_not_change_the_odds()
    {
        using var store = Store(24);
        using var session = new StoreSession(store);

        var a = OvertakeOdds.Forecast(session, "m", "US,CN", null);
        var b = OvertakeOdds.Forecast(session, "m", "CN,US", null);

        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.Equal("US", a.Leader);
        Assert.Equal("US", b.Leader);
        Assert.Equal(OvertakeOdds.HorizonsYears, a.Forecast.Horizons.Select(h => h.Years));
        Assert.Equal(a.Forecast.Horizons.Select(h => h.PAnyTime), b.Forecast.Horizons.Select(h => h.PAnyTime));
    }

    /// <summary>A release-dated metric on which OpenAI (US) leads DeepSeek (CN) on <paramref name="months"/> monthly dates, both setting records.</summary>
    private static AiRaceStore Store(int months)
    {
        var store = AiRaceStore.Open(":memory:");
        var batch = new ImportBatch("test", "hand-written test data");
        batch.Metrics.Add(new Metric("m", "M", MetricKind.ReleaseDated, true, "pt", "a test metric"));
        for (var i = 0; i < months; i++)
        {
            var date = new DateOnly(2023, 1, 1).AddMonths(i);
            batch.Models.Add(new ModelRecord($"us-{i}", $"US {i}", "OpenAI", date, Openness.Closed, null));
            batch.Models.Add(new ModelRecord($"cn-{i}", $"CN {i}", "DeepSeek", date, Openness.Open, null));
            batch.Observations.Add(new Observation("m", $"us-{i}", date, 100 + (2 * i)));
            batch.Observations.Add(new Observation("m", $"cn-{i}", date, 90 + (2 * i) + (i % 3)));
        }

        store.Import(batch, new ImportSource("odds.csv", "/test/odds.csv", "00112233445566aa", 1));
        return store;
    }
}
