using AiRace.Application.Adoption;
using AiRace.Application.Trend;
using AiRace.Application.Usage;
using AiRace.Sources.Files;
using AiRace.Store;
using AiRace.Testing;

namespace AiRace.Application.Tests;

/// <summary>The queries that once ignored the as-of date (trend, usage, adoption) end by it on the real files.</summary>
public sealed class RealDataAsOfTests
{
    [RealDataFact]
    public void Trend_as_of_the_end_of_2024_ends_by_then_and_earlier_than_without_it()
    {
        using var store = SharedDataStore.Import("lmarena-history-jasontrigg0");
        using var session = new StoreSession(store);
        var asOf = new DateOnly(2024, 12, 31);

        var all = new TrendQuery("lmarena-text", "US,CN").Run(session);
        var then = new TrendQuery("lmarena-text", "US,CN", AsOf: asOf).Run(session);

        Assert.True(all.To > asOf, $"the full trend ends on {all.To}");
        Assert.True(then.To <= asOf, $"the as-of trend ends on {then.To}");
        Assert.All(then.Series, p => Assert.True(p.Date <= asOf));
    }

    [RealDataFact]
    public void Usage_as_of_mid_2025_ends_by_then()
    {
        using var store = SharedDataStore.Import("openrouter-weekly-johnbean393");
        using var session = new StoreSession(store);
        var asOf = new DateOnly(2025, 6, 30);

        var all = new UsageQuery().Run(session);
        var then = new UsageQuery(AsOf: asOf).Run(session);

        Assert.True(all.Points[^1].Date > asOf);
        Assert.NotEmpty(then.Points);
        Assert.All(then.Points, p => Assert.True(p.Date <= asOf, $"week {p.Date}"));
    }

    [RealDataFact]
    public void Adoption_as_of_a_date_uses_only_earlier_snapshots()
    {
        using var store = SharedDataStore.Import("hf-trending-park-onezero");
        using var session = new StoreSession(store);
        var dates = store.HubSnapshots().Select(s => s.Date).Distinct().Order().ToList();
        var asOf = dates[dates.Count / 2];

        var latest = new AdoptionQuery(At: DateOnly.MaxValue).Run(session);
        var then = new AdoptionQuery(At: DateOnly.MaxValue, AsOf: asOf).Run(session);

        Assert.Equal(dates[^1], Assert.Single(latest.Points).Date);
        Assert.Equal(asOf, Assert.Single(then.Points).Date);
    }
}
