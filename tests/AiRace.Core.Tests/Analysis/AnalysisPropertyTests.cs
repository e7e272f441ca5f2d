using AiRace.Core.Analysis;
using AiRace.Core.Attribution;
using AiRace.Core.Domain;
using CsCheck;
using static AiRace.Core.Tests.Analysis.AnalysisFixture;

namespace AiRace.Core.Tests.Analysis;

public sealed class AnalysisPropertyTests
{
    /// <summary>Random observations: (is US, model 0–4, day 0–500 after 2023-01-01, score 0–100 in steps of 0.5 so ties happen).</summary>
    private static readonly Gen<List<(bool Us, int Model, int Day, double Score)>> Observations =
        Gen.Select(Gen.Bool, Gen.Int[0, 4], Gen.Int[0, 500], Gen.Int[0, 200].Select(i => i / 2.0)).List[1, 40];

    [Fact]
    public void A_release_dated_frontier_never_decreases()
    {
        Observations.Sample(rows =>
        {
            var (us, _) = Build(Released, rows);
            for (var i = 1; i < us.Points.Count; i++)
            {
                Assert.True(us.Points[i].Score > us.Points[i - 1].Score, "each change point must raise the frontier");
                Assert.True(us.Points[i].Date > us.Points[i - 1].Date, "change points are in strict date order");
            }

            double? previous = null;
            for (var day = 0; day <= 500; day += 7)
            {
                var value = us.At(D("2023-01-01").AddDays(day))?.Score;
                Assert.False(previous is not null && (value is null || value < previous), "the step function never falls");
                previous = value;
            }
        });
    }

    [Fact]
    public void Months_behind_is_never_negative_while_the_leader_is_ahead()
    {
        foreach (var metric in new[] { Snapshot, Released })
        {
            Observations.Sample(rows =>
            {
                var (us, cn) = Build(metric, rows);
                foreach (var p in HorizontalBehind.Series(us, cn, DateWindow.All).Points)
                {
                    if (us.At(p.Date) is { } leader && leader.Score >= cn.At(p.Date)!.Score)
                    {
                        Assert.NotNull(p.MonthsBehind);
                        Assert.True(p.MonthsBehind >= 0, $"{metric.Kind} {p.Date}: {p.MonthsBehind} months while the US leads");
                    }
                }
            });
        }
    }

    [Fact]
    public void Every_gap_point_is_the_difference_of_the_two_frontiers_on_its_date()
    {
        foreach (var metric in new[] { Snapshot, Released })
        {
            Observations.Sample(rows =>
            {
                var (us, cn) = Build(metric, rows);
                foreach (var p in Gap.Compute(us, cn).Points)
                {
                    Assert.Equal(us.At(p.Date)!.Score - cn.At(p.Date)!.Score, p.Gap);
                }
            });
        }
    }

    private static (FrontierSeries Us, FrontierSeries Cn) Build(Metric metric, List<(bool Us, int Model, int Day, double Score)> rows)
    {
        var catalog = new Dictionary<string, CatalogModel>(StringComparer.Ordinal);
        var observations = new List<Observation>();
        foreach (var r in rows)
        {
            var key = (r.Us ? "u" : "c") + r.Model;
            catalog[key] = new CatalogModel(key, key, null, r.Us ? "US" : "CN", AttributionRule.Source, Openness.Unknown, null);
            observations.Add(new Observation(metric.Id, key, D("2023-01-01").AddDays(r.Day), r.Score));
        }

        return (Frontier.Compute(metric, observations, catalog, Us), Frontier.Compute(metric, observations, catalog, Cn));
    }
}
